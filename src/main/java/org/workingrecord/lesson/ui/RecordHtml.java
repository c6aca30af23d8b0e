package org.workingrecord.lesson.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Annotation;
import org.workingrecord.lesson.LessonPlan.GlossaryTerm;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LessonSources;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.shell.Html;
import org.workingrecord.source.Entry;
import org.workingrecord.source.Item;
import org.workingrecord.source.Segment;
import org.workingrecord.source.TextMarks;
import org.workingrecord.source.WorkingRecord;

/**
 * Writes a lesson's records as HTML, once per lesson and language ({@link RecordPanel} shares it): items,
 * entries, speakers labelled by name and colour, every mark and term explained where it stands, lines
 * numbered for citing. A lesson on several records gets each under its own heading ("Record B: ..."),
 * its lines numbered with the record's letter ("B7"); each line's id is its place across the records.
 * Every text from the lesson is escaped.
 */
final class RecordHtml {
    private final LessonPlan plan;
    private final LessonSources sources;
    private final Translator words;
    /** The current record's annotations, then its glossary's phrases. */
    private Map<String, String> phrases;
    private WorkingRecord record;
    private LessonSources.Text text;
    private int keys;
    private final Map<String, String[]> explanations = new HashMap<>();
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private int ids;

    interface Translator {
        String translate(String key, Object... params);
    }

    RecordHtml(LoadedLesson lesson, Translator words) {
        this.plan = lesson.plan();
        this.sources = lesson.sources();
        this.words = words;
    }

    String render() {
        for (LessonSources.Text t : sources.texts()) {
            text = t;
            record = t.record();
            // a record's annotations and terms are about its own words; annotations come first
            phrases = new LinkedHashMap<>();
            for (Annotation a : t.ref().annotations()) {
                String key = "a" + keys++;
                phrases.put(a.quote(), key);
                explanations.put(key, new String[] {words.translate("reader.annotation", a.kind()), a.note()});
            }
            for (GlossaryTerm g : t.ref().glossary()) {
                String key = "g" + keys++;
                g.matches().forEach(m -> phrases.putIfAbsent(m, key));
                explanations.put(key, new String[] {g.term(), g.definition()});
            }
            if (sources.several()) {
                out.append("<section class=\"record-text\" aria-labelledby=\"record-").append(t.letter()).append("\">")
                        .append("<h2 class=\"record-letter\" id=\"record-").append(t.letter()).append("\">")
                        .append(esc(words.translate("reader.record-heading", t.letter(), record.title()))).append("</h2>");
                renderRecord();
                out.append("</section>");
            } else {
                renderRecord();
            }
        }
        return out.toString();
    }

    private void renderRecord() {
        Map<Integer, Entry> entryStarts = new HashMap<>();
        Set<Integer> headings = new LinkedHashSet<>();
        Set<Integer> inEntries = new LinkedHashSet<>();
        for (Item item : record.items()) {
            if (item.headingSegment() != null) {
                headings.add(item.headingSegment().number());
            }
            item.entries().forEach(e -> {
                entryStarts.put(e.segments().get(0).number(), e);
                e.segments().forEach(s -> inEntries.add(s.number()));
            });
        }
        int firstBody = firstBodyLine();
        for (Segment s : record.segments()) {
            if (headings.contains(s.number())) {
                String h = sources.several() ? "h3" : "h2";
                out.append("<").append(h).append(" class=\"item-heading\">");
                line(s);
                out.append("</").append(h).append(">");
            } else if (entryStarts.containsKey(s.number())) {
                entry(entryStarts.get(s.number()));
            } else if (!inEntries.contains(s.number())) {
                out.append("<div class=\"").append(s.number() < firstBody ? "record-header" : "record-citation").append("\">");
                line(s);
                out.append("</div>");
            }
        }
    }

    private int firstBodyLine() {
        return record.items().isEmpty() ? Integer.MAX_VALUE
                : record.items().get(0).headingSegment() != null ? record.items().get(0).headingSegment().number()
                : record.items().get(0).entries().get(0).segments().get(0).number();
    }

    private void entry(Entry entry) {
        if (entry instanceof Entry.Turn turn) {
            int colour = colourOf(plan, turn.speaker());
            out.append("<div class=\"turn speaker-").append(colour).append("\" data-speaker=\"").append(esc(turn.speaker()))
                    .append("\"><div class=\"turn-head\">");
            Optional<Speaker> speaker = plan.speakerNamed(turn.speaker());
            String chip = "<button type=\"button\" class=\"speaker-chip speaker-" + colour + "\" aria-label=\""
                    + esc(words.translate("reader.speaker-card", turn.speaker())) + "\"%s>" + esc(turn.speaker()) + "</button>";
            if (speaker.isPresent()) {
                Speaker sp = speaker.get();
                explained(id -> String.format(chip, " aria-describedby=\"" + id + "\""), sp.name() + " – " + sp.role(), sp.bio());
            } else {
                out.append(String.format(chip, ""));
            }
            out.append("</div>");
        } else if (entry instanceof Entry.Note note) {
            String kind = note.kind().name().toLowerCase(Locale.ROOT);
            out.append("<div class=\"note note-").append(kind).append("\"><span class=\"note-kind\">")
                    .append(esc(words.translate("reader.note." + kind))).append("</span>");
        }
        for (Segment s : entry.segments()) {
            line(s);
        }
        out.append("</div>");
    }

    private void line(Segment s) {
        int place = text.place(s.number());
        out.append("<div class=\"line\" id=\"line-").append(place).append("\" data-line=\"").append(place)
                .append("\"><span class=\"line-no\"><span class=\"sr-only\">")
                .append(esc(words.translate("reader.line", "").strip())).append(" </span>").append(text.letter()).append(s.number())
                .append("</span><span class=\"line-text\">");
        List<TextMarks.Run> runs = TextMarks.runs(s.raw(), phrases);
        for (int i = 0; i < runs.size(); i++) {
            String phrase = runs.get(i).phrase();
            if (phrase == null) {
                run(runs.get(i));
                continue;
            }
            // One explained phrase may cross marks ("Military-Rev[olutionary] C[ommittee]"): one target, one explanation.
            StringBuilder group = new StringBuilder();
            while (i < runs.size() && phrase.equals(runs.get(i).phrase())) {
                group.append(styled(runs.get(i)));
                i++;
            }
            i--;
            String[] e = explanations.get(phrase);
            String cls = phrase.startsWith("a") ? "annotated" : "term";
            explained(id -> "<span class=\"" + cls + "\" tabindex=\"0\" aria-describedby=\"" + id + "\">" + group + "</span>",
                    e[0], e[1]);
        }
        out.append("</span></div>");
    }

    private static String styled(TextMarks.Run run) {
        List<String> classes = new ArrayList<>();
        if (run.underlined()) {
            classes.add("underlined");
        }
        if (run.mark() == TextMarks.Mark.COMPLETION) {
            classes.add("mark-completion");
        } else if (run.mark() == TextMarks.Mark.INSERTION) {
            classes.add("mark-insertion");
        }
        return classes.isEmpty() ? esc(run.text())
                : "<span class=\"" + String.join(" ", classes) + "\">" + esc(run.text()) + "</span>";
    }

    /** A run outside explained phrases; editorial marks and underlining get their own explanation. */
    private void run(TextMarks.Run run) {
        String key = run.mark() == TextMarks.Mark.COMPLETION ? "reader.mark.completion"
                : run.mark() == TextMarks.Mark.INSERTION ? "reader.mark.insertion"
                : run.underlined() ? "reader.mark.underline" : null;
        if (key == null) {
            out.append(esc(run.text()));
            return;
        }
        String inner = styled(run);
        explained(id -> "<span class=\"mark\" tabindex=\"0\" aria-describedby=\"" + id + "\">" + inner + "</span>",
                run.text(), words.translate(key));
    }

    /** A target and its explanation, shown on hover, focus or tap, read out as the target's description. */
    private void explained(UnaryOperator<String> target, String heading, String text) {
        String id = "explain-" + ++ids;
        out.append("<span class=\"explained\">").append(target.apply(id))
                .append("<span class=\"explain-body\" role=\"tooltip\" id=\"").append(id).append("\">")
                .append("<span class=\"explain-title\">").append(esc(heading)).append("</span>")
                .append("<span class=\"explain-text\">").append(esc(text)).append("</span></span></span>");
    }

    /** The palette's colours (speaker-0 to speaker-8 in the styles); speaker-9 is for a name the lesson does not know. */
    static final int PALETTE_SIZE = 9;

    /** A speaker's colour: by their place in the lesson's list of speakers. */
    static int colourOf(LessonPlan plan, String asWritten) {
        List<Speaker> speakers = plan.speakers();
        for (int i = 0; i < speakers.size(); i++) {
            if (speakers.get(i).aliases().contains(asWritten)) {
                return i % PALETTE_SIZE;
            }
        }
        return PALETTE_SIZE;
    }

    private static String esc(String s) {
        return Html.esc(s);
    }
}
