package org.workingrecord.lesson.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Annotation;
import org.workingrecord.lesson.LessonPlan.GlossaryTerm;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.shell.Explain;
import org.workingrecord.source.Entry;
import org.workingrecord.source.Item;
import org.workingrecord.source.Segment;
import org.workingrecord.source.TextMarks;
import org.workingrecord.source.WorkingRecord;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/**
 * A lesson's source, line by line, grouped into items and entries: speakers labelled by name and
 * colour, every mark and term explained, lines numbered for citing. Used by the reader and beside
 * the questions, where it highlights evidence and lets students point at a line.
 */
public class RecordPanel extends Div {

    static final int PALETTE_SIZE = 9;

    private final LessonPlan plan;
    private final WorkingRecord record;
    private final Map<String, String> phrases = new LinkedHashMap<>();
    private final Map<String, String[]> explanations = new HashMap<>();
    private final Map<Integer, Div> rows = new HashMap<>();
    private final Set<Integer> highlighted = new LinkedHashSet<>();
    private IntConsumer picker;

    /** The structured record of a lesson's source. */
    public RecordPanel(LoadedLesson lesson) {
        this.plan = lesson.plan();
        this.record = lesson.record();
        addClassName("record");
        int n = 0;
        for (Annotation a : plan.source().annotations()) {
            String key = "a" + n++;
            phrases.put(a.quote(), key);
            explanations.put(key, new String[] {getTranslation("reader.annotation", a.kind()), a.note()});
        }
        for (GlossaryTerm g : plan.glossary()) {
            String key = "g" + n++;
            g.matches().forEach(m -> phrases.putIfAbsent(m, key));
            explanations.put(key, new String[] {g.term(), g.definition()});
        }
        render();
    }

    private void render() {
        Map<Integer, Entry> entryStarts = new HashMap<>();
        Map<Integer, Item> headings = new HashMap<>();
        for (Item item : record.items()) {
            if (item.headingSegment() != null) {
                headings.put(item.headingSegment().number(), item);
            }
            item.entries().forEach(e -> entryStarts.put(e.segments().get(0).number(), e));
        }
        Set<Integer> inEntries = new LinkedHashSet<>();
        record.items().forEach(i -> i.entries().forEach(e -> e.segments().forEach(s -> inEntries.add(s.number()))));

        for (Segment s : record.segments()) {
            if (headings.containsKey(s.number())) {
                H2 h = new H2();
                h.addClassName("item-heading");
                h.add(line(s, null));
                add(h);
            } else if (entryStarts.containsKey(s.number())) {
                add(entry(entryStarts.get(s.number())));
            } else if (!inEntries.contains(s.number())) {
                Div frame = new Div(line(s, null));
                frame.addClassName(s.number() < firstBodyLine() ? "record-header" : "record-citation");
                add(frame);
            }
        }
    }

    private int firstBodyLine() {
        return record.items().isEmpty() ? Integer.MAX_VALUE
                : record.items().get(0).headingSegment() != null ? record.items().get(0).headingSegment().number()
                : record.items().get(0).entries().get(0).segments().get(0).number();
    }

    private Div entry(Entry entry) {
        Div box = new Div();
        if (entry instanceof Entry.Turn turn) {
            int colour = colourOf(plan, turn.speaker());
            box.addClassNames("turn", "speaker-" + colour);
            box.getElement().setAttribute("data-speaker", turn.speaker());
            Optional<Speaker> speaker = plan.speakerNamed(turn.speaker());
            NativeButton chip = new NativeButton(turn.speaker());
            chip.addClassNames("speaker-chip", "speaker-" + colour);
            chip.getElement().setAttribute("aria-label", getTranslation("reader.speaker-card", turn.speaker()));
            speaker.ifPresent(sp -> box.add(Explain.attach(chip, sp.name() + " – " + sp.role(), sp.bio())));
            Div head = new Div(chip);
            head.addClassName("turn-head");
            box.add(head);
        } else if (entry instanceof Entry.Note note) {
            box.addClassNames("note", "note-" + note.kind().name().toLowerCase(java.util.Locale.ROOT));
            Span kind = new Span(getTranslation("reader.note." + note.kind().name().toLowerCase(java.util.Locale.ROOT)));
            kind.addClassName("note-kind");
            box.add(kind);
        }
        for (Segment s : entry.segments()) {
            box.add(line(s, entry));
        }
        return box;
    }

    private Div line(Segment s, Entry entry) {
        Div row = new Div();
        row.addClassName("line");
        row.setId("line-" + s.number());
        rows.put(s.number(), row);
        row.getElement().addEventListener("click", e -> pick(s.number()));
        row.getElement().addEventListener("keydown", e -> pick(s.number()))
                .setFilter("(event.key === 'Enter' || event.key === ' ') && event.target === event.currentTarget");
        Span number = new Span(String.valueOf(s.number()));
        number.addClassName("line-no");
        number.getElement().setAttribute("aria-label", getTranslation("reader.line", s.number()));
        Span text = new Span();
        text.addClassName("line-text");
        List<Component> popovers = new ArrayList<>();
        List<TextMarks.Run> runs = TextMarks.runs(s.raw(), phrases);
        for (int i = 0; i < runs.size(); i++) {
            String phrase = runs.get(i).phrase();
            if (phrase == null) {
                text.add(run(runs.get(i), popovers));
                continue;
            }
            // One explained phrase may cross marks ("Military-Rev[olutionary] C[ommittee]"): one target, one popover.
            Span group = new Span();
            group.addClassName(phrase.startsWith("a") ? "annotated" : "term");
            while (i < runs.size() && phrase.equals(runs.get(i).phrase())) {
                group.add(styled(runs.get(i)));
                i++;
            }
            i--;
            String[] e = explanations.get(phrase);
            popovers.add(Explain.attach(group, e[0], e[1]));
            text.add(group);
        }
        row.add(number, text);
        popovers.forEach(row::add);
        return row;
    }

    private Span styled(TextMarks.Run run) {
        Span span = new Span(run.text());
        if (run.underlined()) {
            span.addClassName("underlined");
        }
        if (run.mark() == TextMarks.Mark.COMPLETION) {
            span.addClassName("mark-completion");
        } else if (run.mark() == TextMarks.Mark.INSERTION) {
            span.addClassName("mark-insertion");
        }
        return span;
    }

    /** A run outside explained phrases; editorial marks and underlining get their own explanation. */
    private Component run(TextMarks.Run run, List<Component> popovers) {
        Span span = styled(run);
        String key = run.mark() == TextMarks.Mark.COMPLETION ? "reader.mark.completion"
                : run.mark() == TextMarks.Mark.INSERTION ? "reader.mark.insertion"
                : run.underlined() ? "reader.mark.underline" : null;
        if (key != null) {
            popovers.add(Explain.attach(span, run.text(), getTranslation(key)));
        }
        return span;
    }

    /** Marks lines (evidence, the current turn) and brings the first into view. */
    public void highlight(List<Integer> lines) {
        highlighted.forEach(n -> rows.get(n).removeClassName("line-highlight"));
        highlighted.clear();
        for (int n : lines) {
            Div row = rows.get(n);
            if (row != null) {
                row.addClassName("line-highlight");
                highlighted.add(n);
            }
        }
        if (!highlighted.isEmpty()) {
            scrollTo(highlighted.iterator().next());
        }
    }

    public List<Integer> highlightedLines() {
        return List.copyOf(highlighted);
    }

    /** Opens the record at a line and marks it. */
    public void focusLine(int line) {
        Div row = rows.get(line);
        if (row != null) {
            row.addClassName("line-focus");
            scrollTo(line);
        }
    }

    private void scrollTo(int line) {
        rows.get(line).getElement().executeJs("this.scrollIntoView({block: 'center', behavior: 'smooth'})");
    }

    /**
     * While a picker is set, every line can be chosen by click, tap, Enter or Space: for "pick the
     * evidence" questions. {@code null} turns picking off.
     */
    public void setLinePicker(IntConsumer picker) {
        this.picker = picker;
        rows.values().forEach(row -> {
            row.getElement().getClassList().set("pickable", picker != null);
            if (picker != null) {
                row.getElement().setAttribute("tabindex", "0");
                row.getElement().setAttribute("role", "button");
            } else {
                row.getElement().removeAttribute("tabindex");
                row.getElement().removeAttribute("role");
            }
        });
    }

    /** Chooses a line as if the student had clicked it. */
    public void pick(int line) {
        if (picker != null && rows.containsKey(line)) {
            picker.accept(line);
        }
    }

    static int colourOf(LessonPlan plan, String asWritten) {
        List<Speaker> speakers = plan.speakers();
        for (int i = 0; i < speakers.size(); i++) {
            if (speakers.get(i).aliases().contains(asWritten)) {
                return i % PALETTE_SIZE;
            }
        }
        return PALETTE_SIZE;
    }
}
