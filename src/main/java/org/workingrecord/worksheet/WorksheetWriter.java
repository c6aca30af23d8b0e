package org.workingrecord.worksheet;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.grading.AnswerValue;
import org.workingrecord.grading.AnswerWords;
import org.workingrecord.grading.Grading;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Position;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;
import org.workingrecord.source.Entry;
import org.workingrecord.source.Item;
import org.workingrecord.source.Segment;
import org.workingrecord.source.SourceIndex;
import org.workingrecord.source.WorkingRecord;

/**
 * Writes a lesson as a printable worksheet: blank for students, with the keys for teachers, or
 * filled with one student's answers, scores and grades. Everything comes from the lesson plan and
 * the stored work; nothing about a lesson is written here.
 */
final class WorksheetWriter {

    enum Kind { STUDENT, KEY, COMPLETED }

    /** One student's work, for a completed worksheet. */
    record Filled(String studentName, String className, Instant submittedAt, ZoneId zone,
                  Map<String, AnswerValue> answers, Map<String, Integer> teacherPoints, Map<String, String> comments) {
    }

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ENGLISH);

    private final Docx d;
    private final LoadedLesson lesson;
    private final LessonPlan plan;
    private final Kind kind;
    private final Filled filled;
    private int number;
    /** The key of the question being written, for looking up the student's answer. */
    private String currentKey = "";

    private WorksheetWriter(Docx d, LoadedLesson lesson, Kind kind, Filled filled) {
        this.d = d;
        this.lesson = lesson;
        this.plan = lesson.plan();
        this.kind = kind;
        this.filled = filled;
    }

    static String translate(String key, Object... args) {
        String pattern = WORDS.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    /** Writes one complete worksheet into the document. */
    static void write(Docx d, LoadedLesson lesson, List<AssignedQuestion> questions, Kind kind, Filled filled) {
        new WorksheetWriter(d, lesson, kind, filled).write(questions);
    }

    private void write(List<AssignedQuestion> questions) {
        header();
        d.heading(plan.title() + (kind == Kind.KEY ? " – " + translate("doc.key.title") : ""), 18);
        d.paragraph(plan.level() + " · " + translate("doc.minutes", String.valueOf(plan.durationMinutes())));
        d.paragraph(plan.summary());
        d.heading(translate("lesson.objectives"), 13);
        plan.objectives().forEach(o -> d.paragraph("•  " + o));
        d.heading(translate("doc.how"), 13);
        d.paragraph(translate(kind == Kind.KEY ? "doc.how.key" : "doc.how.student"));
        source();
        glossary();
        List<Activity> activities = new ArrayList<>();
        questions.forEach(q -> {
            if (!activities.contains(q.activity())) {
                activities.add(q.activity());
            }
        });
        for (Activity activity : activities) {
            d.heading(activity.title(), 14);
            d.paragraph(activity.instructions());
            List<AssignedQuestion> mine = questions.stream().filter(q -> q.activity() == activity).toList();
            for (AssignedQuestion q : mine) {
                if (activity instanceof Activity.GuidedReading reading) {
                    readingStep(reading, mine.indexOf(q));
                }
                question(q);
            }
        }
        if (kind == Kind.COMPLETED && filled.submittedAt() != null) {
            d.paragraph(translate("doc.submitted", time(filled.submittedAt())));
        }
    }

    private void header() {
        String name = kind == Kind.COMPLETED ? filled.studentName() : "";
        String className = kind == Kind.COMPLETED ? filled.className() : "";
        String date = kind == Kind.COMPLETED && filled.submittedAt() != null
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                        .format(filled.submittedAt().atZone(filled.zone())) : "";
        if (kind == Kind.KEY) {
            d.paragraph(translate("doc.key.warning"));
            return;
        }
        d.table(List.of(List.of(translate("doc.name") + " " + blank(name), translate("doc.class") + " " + blank(className),
                translate("doc.date") + " " + blank(date))), false);
    }

    private static String blank(String value) {
        return value.isEmpty() ? "________________" : value;
    }

    /** The record verbatim (layout markup hidden), numbered, with speakers labelled. */
    private void source() {
        WorkingRecord record = lesson.record();
        d.heading(translate("doc.source"), 14);
        d.paragraph(translate("doc.source.how"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(translate("doc.line"), translate("doc.text")));
        for (Segment s : record.segments()) {
            String label = "";
            for (Item item : record.items()) {
                for (Entry e : item.entries()) {
                    if (e instanceof Entry.Turn t && t.segments().get(0).number() == s.number()) {
                        label = "[" + t.speaker() + "]  ";
                    }
                }
            }
            rows.add(List.of(String.valueOf(s.number()), label + s.display()));
        }
        var table = d.table(rows, true);
        for (int r = 1; r < table.getNumberOfRows(); r++) {
            var cell = table.getRow(r).getCell(1);
            for (XWPFRun run : cell.getParagraphs().get(0).getRuns()) {
                run.setFontFamily(Docx.SOURCE_FONT);
                run.setFontSize(11);
                String text = run.text();
                if (text.startsWith("[")) {
                    // the speaker's label in bold, so the reader never has to rely on colour
                    int end = text.indexOf("]") + 1;
                    String rest = text.substring(end);
                    run.setText(text.substring(0, end), 0);
                    run.setBold(true);
                    XWPFRun after = cell.getParagraphs().get(0).createRun();
                    after.setFontFamily(Docx.SOURCE_FONT);
                    after.setFontSize(11);
                    after.setText(rest);
                    break;
                }
            }
        }
        d.widths(table, 0.07, 0.93);
        d.paragraph(translate("doc.citation", plan.source().citation()));
    }

    private void glossary() {
        if (plan.glossary().isEmpty()) {
            return;
        }
        d.heading(translate("reader.panel.glossary"), 14);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(translate("doc.term"), translate("doc.meaning")));
        plan.glossary().forEach(g -> rows.add(List.of(g.term(), g.definition())));
        d.widths(d.table(rows, true), 0.28, 0.72);
    }

    private void readingStep(Activity.GuidedReading reading, int index) {
        Activity.ReadingStep step = reading.steps().get(index);
        LessonPlan.Speaker speaker = plan.speaker(step.speaker()).orElseThrow();
        String lines = lineLabel(lesson.index(), step.quote());
        d.keptParagraph(translate("doc.reading.step", speaker.name(), speaker.role(), lines), true);
        d.keptParagraph(translate("work.reading.notice", step.notice()), false);
    }

    private void question(AssignedQuestion aq) {
        Question q = aq.question();
        currentKey = aq.key();
        number++;
        XWPFParagraph prompt = d.keptParagraph(number + ".  " + prompt(q), true);
        prompt.setSpacingBefore(200);
        switch (q) {
            case Question.Choice c -> answerArea(q, () -> d.boxes(c.options(), true));
            case Question.WhoSaidIt w -> answerArea(q, () -> d.boxes(speakerOptions(), true));
            case Question.TrueFalse t -> answerArea(q, () -> {
                d.keptParagraph(Docx.BOX + "  " + translate("work.tf.true") + "        " + Docx.BOX + "  "
                        + translate("work.tf.false"), false);
                d.paragraph(translate("doc.evidence.line"));
            });
            case Question.PickEvidence p -> answerArea(q, () -> d.paragraph(translate("doc.line.number")));
            case Question.Matching m -> answerArea(q, () -> {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of(translate("doc.statement"), translate("doc.who")));
                m.pairs().forEach(pair -> rows.add(List.of("“" + pair.statement() + "”", "")));
                d.keptParagraph(translate("doc.speakers", plan.speakers().stream().map(LessonPlan.Speaker::name)
                        .collect(Collectors.joining(", "))), false);
                d.widths(d.table(rows, true), 0.65, 0.35);
            });
            case Question.PositionsGrid g -> answerArea(q, () -> grid(g));
            case Question.Order o -> answerArea(q, () -> {
                d.keptParagraph(translate("doc.order.how", String.valueOf(o.items().size())), false);
                List<Integer> shown = new ArrayList<>(IntStream.range(0, o.items().size()).boxed().toList());
                java.util.Collections.reverse(shown);
                for (int i : shown) {
                    d.keptParagraph("[    ]  " + o.items().get(i).text(), false);
                }
            });
            case Question.Open o -> answerArea(q, () -> {
                if (!o.starters().isEmpty()) {
                    d.keptParagraph(translate("doc.starters", String.join("  /  ", o.starters())), false);
                }
                d.ruledLines(Math.max(4, Math.min(20, o.maxWords() / 12)));
            });
        }
    }

    private String prompt(Question q) {
        return q instanceof Question.WhoSaidIt w ? w.prompt() + " “" + w.quote() + "”" : q.prompt();
    }

    private List<String> speakerOptions() {
        List<String> options = new ArrayList<>(plan.speakers().stream().map(LessonPlan.Speaker::name).toList());
        options.add(translate("work.who.none"));
        return options;
    }

    /** The answer space for students; the key or the student's answer for the other kinds. */
    private void answerArea(Question q, Runnable blank) {
        switch (kind) {
            case STUDENT -> blank.run();
            case KEY -> key(q);
            case COMPLETED -> completed(q, currentKey);
        }
    }

    private void grid(Question.PositionsGrid g) {
        String legend = plan.stances().stream().map(s -> initial(s) + " = " + s.label()).collect(Collectors.joining(";  "));
        d.keptParagraph(translate("doc.grid.how", legend), false);
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(translate("work.grid.speaker")));
        g.topics().forEach(t -> head.add(topicTitle(t)));
        head.add(translate("doc.evidence.lines"));
        rows.add(head);
        String boxes = plan.stances().stream().map(s -> Docx.BOX + initial(s)).collect(Collectors.joining(" "));
        for (String speaker : g.speakers()) {
            List<String> row = new ArrayList<>(List.of(plan.speaker(speaker).map(LessonPlan.Speaker::name).orElse(speaker)));
            g.topics().forEach(t -> row.add(boxes));
            row.add("");
            rows.add(row);
        }
        double[] widths = new double[g.topics().size() + 2];
        widths[0] = 0.22;
        widths[widths.length - 1] = 0.14;
        for (int i = 1; i < widths.length - 1; i++) {
            widths[i] = 0.64 / g.topics().size();
        }
        d.widths(d.table(rows, true), widths);
    }

    private static String initial(LessonPlan.Stance s) {
        return s.id().equals(LessonPlan.Stance.NOT_STATED) ? "N" : s.label().substring(0, 1).toUpperCase(Locale.ROOT);
    }

    private String topicTitle(String topic) {
        return plan.topics().stream().filter(t -> t.id().equals(topic)).findFirst().map(LessonPlan.Topic::title).orElse(topic);
    }

    private void key(Question q) {
        switch (q) {
            case Question.Choice c -> keyLine(c.options().get(c.answer()), null, c.explanation());
            case Question.WhoSaidIt w -> keyLine(Question.NOT_IN_RECORD.equals(w.answer()) ? translate("work.who.none")
                    : plan.speaker(w.answer()).map(LessonPlan.Speaker::name).orElse(w.answer()),
                    Question.NOT_IN_RECORD.equals(w.answer()) ? null : w.quote(), w.explanation());
            case Question.TrueFalse t -> keyLine(translate(t.answer() ? "work.tf.true" : "work.tf.false"), t.evidence(), t.explanation());
            case Question.PickEvidence p -> keyLine(translate("doc.key.lines", lines(p.answers())), null, p.explanation());
            case Question.Matching m -> {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of(translate("doc.statement"), translate("doc.who"), translate("doc.line")));
                m.pairs().forEach(pair -> rows.add(List.of("“" + pair.statement() + "”",
                        plan.speaker(pair.speaker()).map(LessonPlan.Speaker::name).orElse(pair.speaker()),
                        lineLabel(lesson.index(), pair.statement()))));
                d.widths(d.table(rows, true), 0.6, 0.28, 0.12);
                d.paragraph(m.explanation());
            }
            case Question.PositionsGrid g -> {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of(translate("work.grid.speaker"), translate("summary.topic"), translate("doc.key.stance"),
                        translate("doc.evidence.lines"), translate("doc.key.why")));
                for (String speaker : g.speakers()) {
                    for (String topic : g.topics()) {
                        Position pos = plan.position(speaker, topic).orElseThrow();
                        String stance = stanceLabel(pos.stance()) + (pos.accept().isEmpty() ? ""
                                : " (" + translate("doc.key.also", pos.accept().stream().map(this::stanceLabel)
                                        .collect(Collectors.joining(", "))) + ")");
                        rows.add(List.of(plan.speaker(speaker).map(LessonPlan.Speaker::name).orElse(speaker), topicTitle(topic),
                                stance, lines(pos.evidence()), pos.explanation()));
                    }
                }
                d.widths(d.table(rows, true), 0.16, 0.18, 0.16, 0.1, 0.4);
                d.paragraph(g.explanation());
            }
            case Question.Order o -> keyLine(o.items().stream().map(Question.OrderItem::text).collect(Collectors.joining(" → ")),
                    null, o.explanation());
            case Question.Open o -> {
                d.keptParagraph(translate("grading.model"), true);
                d.paragraph(o.modelAnswer());
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of(translate("doc.key.level"), translate("doc.key.points"), translate("doc.key.descriptor")));
                o.rubric().forEach(r -> rows.add(List.of(r.level(), String.valueOf(r.points()), r.descriptor())));
                d.widths(d.table(rows, true), 0.2, 0.1, 0.7);
            }
        }
    }

    private void keyLine(String answer, String evidence, String explanation) {
        String where = evidence == null ? "" : "  (" + translate("doc.key.line", lineLabel(lesson.index(), evidence)) + ")";
        d.keptParagraph(translate("doc.key.answer", answer) + where, true);
        d.paragraph(explanation);
    }

    private void completed(Question q, String key) {
        AnswerValue value = filled.answers().getOrDefault(key, AnswerValue.of());
        d.keptParagraph(translate("doc.your.answer", value.isEmpty() ? translate("doc.no.answer") : AnswerWords.describe(q, value, lesson)), false);
        Score score = Grading.grade(q, value, lesson);
        Integer points = filled.teacherPoints().get(key);
        if (score.pending()) {
            d.paragraph(points == null ? translate("doc.not.graded")
                    : translate("doc.teacher", String.valueOf(points), String.valueOf(score.max()),
                    filled.comments().getOrDefault(key, "")));
        } else {
            d.paragraph(translate("work.points", String.valueOf(score.points()), String.valueOf(score.max())));
        }
    }

    private String stanceLabel(String id) {
        return plan.stances().stream().filter(s -> s.id().equals(id)).findFirst().map(LessonPlan.Stance::label).orElse(id);
    }

    private String lines(List<String> quotes) {
        List<String> out = new ArrayList<>();
        quotes.forEach(q -> out.add(lineLabel(lesson.index(), q)));
        return String.join(", ", out.stream().filter(s -> !s.isEmpty()).distinct().toList());
    }

    static String lineLabel(SourceIndex index, String quote) {
        return index.find(quote).map(s -> s.firstLine() == s.lastLine() ? String.valueOf(s.firstLine())
                : s.firstLine() + "-" + s.lastLine()).orElse("");
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(instant.atZone(filled.zone()));
    }
}
