package org.workingrecord.worksheet;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.workingrecord.shell.Words;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.AnswerWords;
import org.workingrecord.grading.Feedback;
import org.workingrecord.grading.Grading;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.Arrangement;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Position;
import org.workingrecord.lesson.LessonSources;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;
import org.workingrecord.source.Entry;
import org.workingrecord.source.Item;
import org.workingrecord.source.Markup;
import org.workingrecord.source.Segment;
import org.workingrecord.source.WorkingRecord;

/**
 * Writes a lesson as a printable worksheet: blank for students, with the keys for teachers, or
 * filled with one student's answers, scores and grades. Everything comes from the lesson plan and
 * the stored work; nothing about a lesson is written here.
 */
final class WorksheetWriter {

    enum Kind { STUDENT, KEY, COMPLETED }

    /**
     * FULL: the whole worksheet, with the lesson's introduction, the source and the glossary.
     * ANSWERS: one student's answers and marks only, for a class pack that prints the source once.
     */
    enum Layout { FULL, ANSWERS }

    /**
     * One student's work, for a completed worksheet. {@code marks}: right and wrong are shown with
     * the key's answer (a teacher's copy, or a student's own once handed in); {@code arrangement}:
     * the seed of the order this student saw options and items in.
     */
    record Filled(String studentName, String className, Instant submittedAt, ZoneId zone,
                  Map<String, Answer> answers, Map<String, Integer> teacherPoints, Map<String, String> comments,
                  boolean marks, long arrangement) {
    }


    private final Docx d;
    private final LoadedLesson lesson;
    private final LessonPlan plan;
    private final Kind kind;
    private final Filled filled;
    private final Layout layout;
    private int number;
    /** The question being written, for its order of options and the student's answer. */
    private AssignedQuestion current;

    private WorksheetWriter(Docx d, LoadedLesson lesson, Kind kind, Filled filled, Layout layout) {
        this.d = d;
        this.lesson = lesson;
        this.plan = lesson.plan();
        this.kind = kind;
        this.filled = filled;
        this.layout = layout;
    }

    static String translate(String key, Object... args) {
        return Words.get(key, args);
    }

    /**
     * Writes one worksheet into the document as a part of its own: every page carries the
     * student's name (or a line for it), and its pages are numbered within it.
     */
    static void write(Docx d, LoadedLesson lesson, List<AssignedQuestion> questions, Kind kind, Filled filled,
                      Layout layout, boolean last) {
        WorksheetWriter w = new WorksheetWriter(d, lesson, kind, filled, kind == Kind.COMPLETED ? layout : Layout.FULL);
        w.write(questions);
        if (kind == Kind.COMPLETED) {
            // pages are numbered per student; this line tells a teacher a student's stack is complete
            d.paragraph(translate("doc.end", filled.studentName())).setSpacingBefore(240);
        }
        d.endPart(w.runningHeader(), last);
    }

    /** One complete worksheet, alone in its document. */
    static void write(Docx d, LoadedLesson lesson, List<AssignedQuestion> questions, Kind kind, Filled filled) {
        write(d, lesson, questions, kind, filled, Layout.FULL, true);
    }

    /** The source once, for a class pack whose students' parts print only their answers. */
    static void writeSourceOnce(Docx d, LoadedLesson lesson, boolean last) {
        WorksheetWriter w = new WorksheetWriter(d, lesson, Kind.KEY, null, Layout.FULL);
        d.heading(w.plan.title(), 18);
        d.paragraph(translate("doc.pack.source.how"));
        w.source();
        w.glossary();
        d.endPart(translate("doc.pack.source"), last);
    }

    private void write(List<AssignedQuestion> questions) {
        header();
        if (layout == Layout.FULL) {
            d.heading(plan.title() + (kind == Kind.KEY ? " – " + translate("doc.key.title") : ""), 18);
            d.paragraph(plan.level() + " · " + translate("doc.minutes", String.valueOf(plan.durationMinutes())));
            d.paragraph(plan.summary());
        } else {
            d.heading(plan.title(), 16);
        }
        if (kind == Kind.COMPLETED) {
            standing(questions);
        }
        if (layout == Layout.FULL) {
            d.heading(translate("lesson.objectives"), 13);
            plan.objectives().forEach(o -> d.paragraph("•  " + o));
            d.heading(translate("doc.how"), 13);
            d.paragraph(translate(kind == Kind.KEY ? "doc.how.key" : "doc.how.student"));
            source();
            glossary();
        }
        List<Activity> activities = new ArrayList<>();
        questions.forEach(q -> {
            if (!activities.contains(q.activity())) {
                activities.add(q.activity());
            }
        });
        for (Activity activity : activities) {
            d.heading(activity.title(), 14);
            List<AssignedQuestion> mine = questions.stream().filter(q -> q.activity() == activity).toList();
            if (layout == Layout.FULL) {
                // kept with what follows, so a heading never stands alone at the foot of a page
                d.keptParagraph(activity.instructions(), false);
                if (kind == Kind.STUDENT && mine.stream().anyMatch(q -> q.question() instanceof Question.WhoSaidIt)) {
                    speakerLetters();
                }
            }
            for (AssignedQuestion q : mine) {
                if (layout == Layout.FULL && activity instanceof Activity.GuidedReading reading) {
                    readingStep(reading, mine.indexOf(q));
                }
                question(q);
            }
        }
    }

    /** What is printed at the top of every page. */
    private String runningHeader() {
        return switch (kind) {
            case STUDENT -> translate("doc.header.blank");
            case KEY -> translate("doc.key.warning");
            case COMPLETED -> translate("doc.header.student", filled.studentName(), filled.className(), plan.title());
        };
    }

    private void header() {
        if (kind == Kind.KEY) {
            return;
        }
        String name = kind == Kind.COMPLETED ? filled.studentName() : "";
        String className = kind == Kind.COMPLETED ? filled.className() : "";
        String date = kind == Kind.COMPLETED && filled.submittedAt() != null
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                        .format(filled.submittedAt().atZone(filled.zone())) : "";
        d.table(List.of(List.of(translate("doc.name") + " " + blank(name), translate("doc.class") + " " + blank(className),
                translate("doc.date") + " " + blank(date))), false);
    }

    /** A completed copy's status and total, at the top where a teacher looks first. */
    private void standing(List<AssignedQuestion> questions) {
        int answered = 0;
        int points = 0;
        int max = 0;
        int toGrade = 0;
        for (AssignedQuestion q : questions) {
            Answer value = filled.answers().getOrDefault(q.key(), Answer.blank(q.question()));
            if (!value.isEmpty()) {
                answered++;
            }
            Score score = Grading.grade(q.question(), value, lesson);
            max += score.max();
            if (!score.pending()) {
                points += score.points();
            } else if (filled.teacherPoints().containsKey(q.key())) {
                points += filled.teacherPoints().get(q.key());
            } else if (!value.isEmpty()) {
                toGrade++;
            }
        }
        String status = filled.submittedAt() != null ? translate("doc.submitted", time(filled.submittedAt()))
                : answered == 0 ? translate("doc.status.none")
                : translate("doc.status.progress", String.valueOf(answered), String.valueOf(questions.size()));
        d.keptParagraph(status, true);
        if (filled.marks()) {
            d.keptParagraph(toGrade == 0 ? translate("doc.total", points, max)
                    : translate("doc.total.pending", points, max, toGrade), true);
        } else {
            d.keptParagraph(translate("doc.marks.later"), false);
        }
    }

    private static String blank(String value) {
        return value.isEmpty() ? "________________" : value;
    }

    /**
     * The record verbatim (layout markup hidden), numbered, with speakers labelled in bold and
     * the record's own underlining kept (the reader explains it as one of the editor's marks).
     */
    private void source() {
        LessonSources sources = lesson.sources();
        for (LessonSources.Text text : sources.texts()) {
            if (sources.several()) {
                d.heading(translate("reader.record-heading", text.letter(), text.record().title()), 14);
            } else {
                d.heading(translate("doc.source"), 14);
            }
            if (text.offset() == 0) {
                d.paragraph(translate("doc.source.how"));
            }
            source(text);
        }
    }

    /** One record, its lines numbered as students cite them ("16", or "B7" when the lesson has several). */
    private void source(LessonSources.Text text) {
        WorkingRecord record = text.record();
        Map<Integer, String> speakerAt = new HashMap<>();
        for (Item item : record.items()) {
            for (Entry e : item.entries()) {
                if (e instanceof Entry.Turn t) {
                    speakerAt.put(t.segments().get(0).number(), t.speaker());
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(translate("doc.line"), translate("doc.text")));
        record.segments().forEach(s -> rows.add(List.of(text.letter() + s.number(), "")));
        var table = d.table(rows, true);
        for (int r = 1; r < table.getNumberOfRows(); r++) {
            Segment s = record.segments().get(r - 1);
            XWPFParagraph p = table.getRow(r).getCell(1).getParagraphs().get(0);
            String speaker = speakerAt.get(s.number());
            if (speaker != null) {
                // the speaker's name in bold, without brackets, which in the source are the editor's
                sourceRun(p, speaker + ":  ").setBold(true);
            }
            underlined(s.raw(), (piece, under) -> {
                XWPFRun run = sourceRun(p, piece);
                if (under) {
                    run.setUnderline(UnderlinePatterns.SINGLE);
                }
            });
        }
        d.widths(table, text.letter().isEmpty() ? 0.07 : 0.09, text.letter().isEmpty() ? 0.93 : 0.91);
        d.paragraph(translate("doc.citation", text.ref().citation()));
    }

    private static XWPFRun sourceRun(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setFontFamily(Docx.SOURCE_FONT);
        run.setFontSize(11);
        run.setText(text);
        return run;
    }

    private static final Pattern UNDERLINE = Pattern.compile("<u>(.*?)</u>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** The text of a line as the reader sees it, in pieces that are or are not underlined in the record. */
    static void underlined(String raw, BiConsumer<String, Boolean> piece) {
        Matcher m = UNDERLINE.matcher(raw);
        int at = 0;
        while (m.find()) {
            emit(Markup.hide(raw.substring(at, m.start())), false, piece);
            emit(Markup.hide(m.group(1)), true, piece);
            at = m.end();
        }
        emit(Markup.hide(raw.substring(at)), false, piece);
    }

    private static void emit(String text, boolean under, BiConsumer<String, Boolean> piece) {
        if (!text.isEmpty()) {
            piece.accept(text, under);
        }
    }

    private void glossary() {
        if (plan.glossary().isEmpty()) {
            return;
        }
        d.heading(translate("reader.panel.glossary"), 14);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(translate("doc.term"), translate("doc.meaning")));
        plan.glossary().forEach(g -> {
            String letters = lesson.sources().recordsOf(g);
            rows.add(List.of(letters.isEmpty() ? g.term() : g.term() + " (" + translate("reader.record", letters) + ")", g.definition()));
        });
        d.widths(d.table(rows, true), 0.28, 0.72);
    }

    private void readingStep(Activity.GuidedReading reading, int index) {
        Activity.ReadingStep step = reading.steps().get(index);
        LessonPlan.Speaker speaker = plan.speaker(step.speaker()).orElseThrow();
        String lines = lineLabel(lesson.sources(), step.quote());
        d.keptParagraph(translate("doc.reading.step", speaker.name(), speaker.role(), lines), true);
        d.keptParagraph(translate("work.reading.notice", step.notice()), false);
    }

    private void question(AssignedQuestion aq) {
        Question q = aq.question();
        current = aq;
        number++;
        XWPFParagraph prompt = d.keptParagraph(number + ".  " + prompt(q), true);
        prompt.setSpacingBefore(200);
        switch (q) {
            case Question.Choice c -> answerArea(q, () -> d.boxes(shown(c.options()), true));
            case Question.WhoSaidIt w -> answerArea(q, () -> d.paragraph(translate("doc.who.letter")));
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
                var table = d.table(rows, true);
                d.widths(table, 0.62, 0.38);
                d.rowHeights(table, Docx.RULE_TWIPS * 2);
            });
            case Question.PositionsGrid g -> answerArea(q, () -> grid(g));
            case Question.Order o -> answerArea(q, () -> {
                d.keptParagraph(translate("doc.order.how", String.valueOf(o.items().size())), false);
                shown(o.items()).forEach(item -> d.keptParagraph("[    ]  " + item.text(), false));
            });
            case Question.Open o -> answerArea(q, () -> {
                if (!o.starters().isEmpty()) {
                    d.keptParagraph(translate("doc.starters", String.join("  /  ", o.starters())), false);
                }
                d.ruledLines(ruledLines(o));
            });
        }
        d.endKeep();
    }

    /** How many lines to write on an open question gets: about twelve words a line, 4 to 20 lines. */
    static int ruledLines(Question.Open o) {
        return Math.max(4, Math.min(20, o.maxWords() / 12));
    }

    /** The options or items in the order this reader meets them (their own shuffle, or the lesson's printed one). */
    private <T> List<T> shown(List<T> all) {
        long seed = kind == Kind.COMPLETED ? filled.arrangement() : Arrangement.forLesson(plan.id());
        List<Integer> order = Arrangement.of(current.question(), current.key(), seed);
        return order.size() == all.size() ? order.stream().map(all::get).toList() : all;
    }

    private String prompt(Question q) {
        return q instanceof Question.WhoSaidIt w ? w.prompt() + " “" + w.quote() + "”" : q.prompt();
    }

    private List<String> speakerOptions() {
        List<String> options = new ArrayList<>(plan.speakers().stream().map(LessonPlan.Speaker::name).toList());
        options.add(translate("work.who.none"));
        return options;
    }

    /** A who-said-it question's choices, printed once for the activity: students write a letter. */
    private void speakerLetters() {
        d.keptParagraph(translate("doc.who.key"), true);
        List<String> options = speakerOptions();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < options.size(); i += 2) {
            List<String> row = new ArrayList<>();
            for (int j = i; j < i + 2; j++) {
                row.add(j < options.size() ? letter(j) + "  " + options.get(j) : "");
            }
            rows.add(row);
        }
        d.widths(d.table(rows, false), 0.5, 0.5);
    }

    private static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** The answer space for students; the key or the student's answer for the other kinds. */
    private void answerArea(Question q, Runnable blank) {
        switch (kind) {
            case STUDENT -> blank.run();
            case KEY -> key(q);
            case COMPLETED -> completed(q, current.key());
        }
    }

    /** The grid on paper: a cell per speaker and topic, with room for a tick and the line of the evidence. */
    private void grid(Question.PositionsGrid g) {
        d.keptParagraph(translate("doc.grid.how", stanceLegend()), false);
        String cell = plan.stances().stream().map(s -> Docx.BOX + initial(s)).collect(Collectors.joining("  "))
                + "\n\n" + translate("doc.grid.line");
        d.rowHeights(speakerTopicTable(g, 0.19, (speaker, topic) -> cell), Docx.RULE_TWIPS * 2);
    }

    /** The stances' initials as the grids print them: "C = Critical / against;  S = ...". */
    private String stanceLegend() {
        return plan.stances().stream().map(s -> initial(s) + " = " + s.label()).collect(Collectors.joining(";  "));
    }

    /** A table with a row per speaker of the grid and a column per topic; {@code first}: the speakers' column width. */
    private XWPFTable speakerTopicTable(Question.PositionsGrid g, double first, BiFunction<String, String, String> cell) {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(translate("work.grid.speaker")));
        g.topics().forEach(t -> head.add(plan.topicTitle(t)));
        rows.add(head);
        for (String speaker : g.speakers()) {
            List<String> row = new ArrayList<>(List.of(plan.speaker(speaker).map(LessonPlan.Speaker::name).orElse(speaker)));
            g.topics().forEach(t -> row.add(cell.apply(speaker, t)));
            rows.add(row);
        }
        double[] widths = new double[g.topics().size() + 1];
        widths[0] = first;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = (1 - first) / g.topics().size();
        }
        XWPFTable table = d.table(rows, true);
        d.widths(table, widths);
        return table;
    }

    private static String initial(LessonPlan.Stance s) {
        return s.id().equals(LessonPlan.Stance.NOT_STATED) ? "N" : s.label().substring(0, 1).toUpperCase(Locale.ROOT);
    }


    private void key(Question q) {
        switch (q) {
            case Question.Choice c -> keyLine(c.options().get(c.answer()), null, c.explanation());
            case Question.WhoSaidIt w -> keyLine(whoAnswer(w.answer()),
                    Question.NOT_IN_RECORD.equals(w.answer()) ? null : w.quote(), w.explanation());
            case Question.TrueFalse t -> keyLine(translate(t.answer() ? "work.tf.true" : "work.tf.false"), t.evidence(), t.explanation());
            case Question.PickEvidence p -> keyLine(translate("doc.key.lines", lines(p.answers())), null, p.explanation());
            case Question.Matching m -> {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of(translate("doc.statement"), translate("doc.who"), translate("doc.line")));
                m.pairs().forEach(pair -> rows.add(List.of("“" + pair.statement() + "”",
                        plan.speaker(pair.speaker()).map(LessonPlan.Speaker::name).orElse(pair.speaker()),
                        lineLabel(lesson.sources(), pair.statement()))));
                d.widths(d.table(rows, true), 0.6, 0.28, 0.12);
                d.paragraph(m.explanation());
            }
            case Question.PositionsGrid g -> {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of(translate("work.grid.speaker"), translate("summary.topic"), translate("doc.key.stance"),
                        translate("doc.key.lines.head"), translate("doc.key.why")));
                for (String speaker : g.speakers()) {
                    for (String topic : g.topics()) {
                        Position pos = plan.position(speaker, topic).orElseThrow();
                        String stance = plan.stanceLabel(pos.stance()) + (pos.accept().isEmpty() ? ""
                                : " (" + translate("doc.key.also", pos.accept().stream().map(plan::stanceLabel)
                                        .collect(Collectors.joining(", "))) + ")");
                        rows.add(List.of(plan.speaker(speaker).map(LessonPlan.Speaker::name).orElse(speaker), plan.topicTitle(topic),
                                stance, lines(pos.evidence()), pos.explanation()));
                    }
                }
                d.widths(d.table(rows, true), 0.16, 0.17, 0.17, 0.1, 0.4);
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
        String where = evidence == null ? "" : "  (" + translate("doc.key.line", lineLabel(lesson.sources(), evidence)) + ")";
        d.keptParagraph(translate("doc.key.answer", answer) + where, true);
        d.paragraph(explanation);
    }

    /** The speaker a who-said-it key names, with the letter students write on the blank worksheet. */
    private String whoAnswer(String id) {
        int at = Question.NOT_IN_RECORD.equals(id) ? plan.speakers().size()
                : plan.speakers().stream().map(LessonPlan.Speaker::id).toList().indexOf(id);
        String name = Question.NOT_IN_RECORD.equals(id) ? translate("work.who.none")
                : plan.speaker(id).map(LessonPlan.Speaker::name).orElse(id);
        return at < 0 ? name : name + " (" + letter(at) + ")";
    }

    /**
     * A student's answer, and where marks are shown a clear mark with the feedback the screen
     * gives: the key's answer, the lines of the evidence and why. The compact layout of a class
     * pack keeps a right answer to one line and a wrong one to its correction.
     */
    private void completed(Question q, String key) {
        Answer value = filled.answers().getOrDefault(key, Answer.blank(q));
        Score score = Grading.grade(q, value, lesson);
        boolean compact = layout == Layout.ANSWERS;
        String mark = !filled.marks() || score.pending() && !value.isEmpty() ? null : translate(value.isEmpty() ? "doc.mark.none"
                : score.correct() ? "doc.mark.right" : score.points() > 0 ? "doc.mark.partly" : "doc.mark.wrong", score.points(), score.max());
        if (q instanceof Question.PositionsGrid g && value instanceof Answer.Grid grid && !grid.isEmpty()) {
            gridAnswer(g, grid);
        } else if (!compact && q instanceof Question.Choice c) {
            // the worksheet as the student filled it in: their order of options, their choice ticked
            String chosen = AnswerWords.describe(q, value, lesson);
            shown(c.options()).forEach(o -> d.keptParagraph("    " + (o.equals(chosen) ? Docx.TICKED : Docx.BOX) + "  " + o, false));
        }
        String answer = translate("doc.your.answer", value.isEmpty() ? translate("doc.no.answer") : AnswerWords.describe(q, value, lesson));
        boolean shownAbove = q instanceof Question.PositionsGrid && !value.isEmpty() || !compact && q instanceof Question.Choice;
        if (compact && mark != null) {
            // one line: what they answered and the mark
            d.keptParagraph(value.isEmpty() || shownAbove ? "" : answer + "   ", mark);
        } else {
            if (!shownAbove || value.isEmpty() && !filled.marks()) {
                d.keptParagraph(answer, false);
            }
            if (mark != null) {
                d.keptParagraph(mark, true);
            }
        }
        if (!filled.marks() || value.isEmpty() && (compact || score.pending())) {
            return;
        }
        if (score.pending()) {
            Integer points = filled.teacherPoints().get(key);
            String comment = filled.comments().getOrDefault(key, "");
            d.paragraph(points == null ? translate("doc.not.graded")
                    : translate("doc.teacher", String.valueOf(points), String.valueOf(score.max()))
                    + (comment.isBlank() ? "" : " " + translate("doc.comment", comment)));
            return;
        }
        if (compact && score.correct()) {
            return;
        }
        for (Feedback f : score.feedback()) {
            boolean blank = f.key().equals("feedback.explanation") && f.args().stream().allMatch(String::isBlank);
            // the grid's cells are marked in its table; a compact copy gives the correction, the answer key the why
            boolean cell = f.key().startsWith("feedback.grid.");
            if (f.key().equals("feedback.right") || blank || compact && (cell || f.key().equals("feedback.explanation"))) {
                continue;
            }
            String text = translate(f.key(), f.args().toArray());
            String where = translate("doc.key.line", String.join(", ", f.lines().stream().map(String::valueOf).toList()));
            // the lines the feedback points at, unless its sentence names them already
            d.paragraph(f.lines().isEmpty() || text.contains(where) ? text : text + " (" + where + ")");
        }
    }

    /**
     * A student's grid as a small table: in each cell the initial of the stance they chose, a tick
     * where the lesson accepts it, and where not a cross and the lesson's answer.
     */
    private void gridAnswer(Question.PositionsGrid g, Answer.Grid value) {
        d.keptParagraph(translate(filled.marks() ? "doc.grid.marks" : "doc.grid.legend", stanceLegend()), false);
        speakerTopicTable(g, 0.25, (speaker, topic) -> {
            String chosen = value.stance(speaker, topic).orElse(null);
            Position pos = plan.position(speaker, topic).orElse(null);
            if (chosen == null) {
                return "–";
            }
            if (!filled.marks() || pos == null) {
                return stanceInitial(chosen);
            }
            return pos.accepts(chosen) ? stanceInitial(chosen) + "  ✓" : stanceInitial(chosen) + "  ✗ → " + stanceInitial(pos.stance());
        });
    }

    private String stanceInitial(String id) {
        return plan.stances().stream().filter(s -> s.id().equals(id)).findFirst().map(WorksheetWriter::initial).orElse(id);
    }


    private String lines(List<String> quotes) {
        List<String> out = new ArrayList<>();
        quotes.forEach(q -> out.add(lineLabel(lesson.sources(), q)));
        return String.join(", ", out.stream().filter(s -> !s.isEmpty()).distinct().toList());
    }

    /** Where a quote stands, as students cite it: "16", "18-19", or "B7" in a lesson on several records. */
    static String lineLabel(LessonSources sources, String quote) {
        return sources.label(sources.places(quote));
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                .format(instant.atZone(filled.zone()));
    }
}
