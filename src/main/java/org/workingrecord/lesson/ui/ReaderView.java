package org.workingrecord.lesson.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Annotation;
import org.workingrecord.lesson.LessonPlan.GlossaryTerm;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.shell.Explain;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.source.Entry;
import org.workingrecord.source.Item;
import org.workingrecord.source.Segment;
import org.workingrecord.source.SourceIndex;
import org.workingrecord.source.TextMarks;
import org.workingrecord.source.WorkingRecord;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The source reader: the record item by item and turn by turn, every speaker told apart by a
 * label and a colour, every mark and term explained, with line numbers for citing. A switch shows
 * the original text exactly as written.
 */
@Route(value = "lessons/:lessonId/source", layout = MainLayout.class)
@AnonymousAllowed
class ReaderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int PALETTE_SIZE = 9;

    private final LessonCatalog catalog;
    private String title = "";

    ReaderView(LessonCatalog catalog) {
        this.catalog = catalog;
        setId("main-content");
        addClassNames("page", "reader-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("lessonId").orElse("");
        Optional<LoadedLesson> lesson = catalog.lesson(id);
        if (lesson.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("lesson.not-found", id));
            return;
        }
        removeAll();
        build(lesson.get());
        event.getLocation().getQueryParameters().getSingleParameter("line").ifPresent(this::focusLine);
    }

    /** Opens the reader at a line (?line=12), as a citation or feedback points to it. */
    private void focusLine(String line) {
        getChildren().flatMap(ReaderView::descendants)
                .filter(c -> c.getId().filter(("line-" + line)::equals).isPresent())
                .findFirst()
                .ifPresent(row -> {
                    row.getElement().getClassList().add("line-focus");
                    row.getElement().executeJs("this.scrollIntoView({block: 'center'})");
                });
    }

    private static java.util.stream.Stream<Component> descendants(Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren().flatMap(ReaderView::descendants));
    }

    private void build(LoadedLesson lesson) {
        LessonPlan plan = lesson.plan();
        WorkingRecord record = lesson.record();
        title = getTranslation("reader.crumb") + ": " + plan.title();

        H1 heading = new H1(record.title());
        Paragraph intro = new Paragraph(getTranslation("reader.intro"));
        intro.addClassName("next-step");

        Div structured = new Div();
        structured.addClassName("record");
        structured.getElement().setAttribute("aria-label", getTranslation("reader.structured"));
        new RecordRenderer(plan, lesson.index(), structured).render();

        Pre original = new Pre(record.raw());
        original.addClassName("original-text");
        original.getElement().setAttribute("aria-label", getTranslation("reader.original"));
        original.getElement().setAttribute("tabindex", "0");
        original.setVisible(false);

        RadioButtonGroup<String> mode = new RadioButtonGroup<>(getTranslation("reader.mode"));
        String structuredLabel = getTranslation("reader.structured");
        String originalLabel = getTranslation("reader.original");
        mode.setItems(structuredLabel, originalLabel);
        mode.setValue(structuredLabel);
        mode.addValueChangeListener(e -> {
            boolean raw = originalLabel.equals(e.getValue());
            original.setVisible(raw);
            structured.setVisible(!raw);
        });
        mode.addClassName("mode-switch");

        Section text = new Section(mode, structured, original);
        text.addClassName("record-column");
        Aside aside = aside(plan, record);
        Div layout = new Div(text, aside);
        layout.addClassName("reader-layout");
        add(Breadcrumbs.of(this, plan, true), heading, intro, layout);
    }

    /** The panels beside the text: people, document, marks, timeline, glossary, context. */
    private Aside aside(LessonPlan plan, WorkingRecord record) {
        Aside aside = new Aside();
        aside.addClassName("record-aside");
        aside.getElement().setAttribute("aria-label", getTranslation("reader.aside"));

        UnorderedList speakers = new UnorderedList();
        speakers.addClassName("speaker-list");
        for (String asWritten : record.speakers()) {
            Optional<Speaker> s = plan.speakerNamed(asWritten);
            Span chip = speakerChip(plan, asWritten);
            ListItem li = new ListItem(chip);
            s.ifPresent(sp -> li.add(new Span(" " + sp.name() + ": " + sp.role())));
            speakers.add(li);
        }
        aside.add(panel(getTranslation("reader.panel.speakers"), true, speakers));

        Set<String> spoke = new LinkedHashSet<>(record.speakers());
        List<String> silent = record.present().stream().filter(p -> !spoke.contains(p)).toList();
        List<String> unlisted = record.speakers().stream()
                .filter(s -> !record.present().contains(s) && !record.guests().contains(s)).toList();
        Div attendance = new Div(
                labelled(getTranslation("reader.present"), String.join(", ", record.present())),
                labelled(getTranslation("reader.guests"), record.guests().isEmpty() ? "–" : String.join(", ", record.guests())),
                labelled(getTranslation("reader.silent"), silent.isEmpty() ? "–" : String.join(", ", silent)),
                labelled(getTranslation("reader.unlisted"), unlisted.isEmpty() ? "–" : String.join(", ", unlisted)),
                new Paragraph(getTranslation("reader.silence-note")));
        attendance.addClassName("attendance");
        aside.add(panel(getTranslation("reader.panel.attendance"), true, attendance));

        DescriptionList provenance = new DescriptionList();
        provenance.add(new DescriptionList.Term(getTranslation("reader.citation")),
                new DescriptionList.Description(plan.source().citation()));
        plan.source().provenance().forEach(p -> provenance.add(new DescriptionList.Term(p.label()),
                new DescriptionList.Description(p.text())));
        aside.add(panel(getTranslation("reader.panel.document"), false, provenance));

        DescriptionList marks = new DescriptionList();
        marks.add(legend("[ ]", "reader.mark.completion"));
        marks.add(legend("{ }", "reader.mark.insertion"));
        marks.add(legend(getTranslation("reader.mark.underline.sample"), "reader.mark.underline"));
        marks.add(legend(getTranslation("reader.mark.layout.sample"), "reader.mark.layout"));
        for (Annotation a : plan.source().annotations()) {
            marks.add(new DescriptionList.Term(a.quote()), new DescriptionList.Description(a.note()));
        }
        aside.add(panel(getTranslation("reader.panel.marks"), false, marks));

        if (!plan.timeline().isEmpty()) {
            DescriptionList timeline = new DescriptionList();
            timeline.addClassName("timeline");
            plan.timeline().forEach(t -> timeline.add(new DescriptionList.Term(t.date()),
                    new DescriptionList.Description(t.text())));
            aside.add(panel(getTranslation("reader.panel.timeline"), false, timeline));
        }
        if (!plan.glossary().isEmpty()) {
            DescriptionList glossary = new DescriptionList();
            plan.glossary().forEach(g -> glossary.add(new DescriptionList.Term(g.term()),
                    new DescriptionList.Description(g.definition())));
            aside.add(panel(getTranslation("reader.panel.glossary"), false, glossary));
        }
        if (!plan.context().isEmpty()) {
            Div cards = new Div();
            plan.context().forEach(c -> {
                Div card = new Div(new H2(c.title()), new Paragraph(c.text()));
                card.addClassName("context-card");
                cards.add(card);
            });
            aside.add(panel(getTranslation("reader.panel.context"), false, cards));
        }
        return aside;
    }

    private Component[] legend(String sample, String key) {
        return new Component[] {new DescriptionList.Term(sample), new DescriptionList.Description(getTranslation(key))};
    }

    private static Paragraph labelled(String label, String value) {
        Span l = new Span(label + " ");
        l.addClassName("label");
        return new Paragraph(l, new Span(value));
    }

    private static Details panel(String summary, boolean opened, Component... content) {
        Details details = new Details(summary, content);
        details.setOpened(opened);
        details.addClassName("aside-panel");
        return details;
    }

    /** A speaker's label: the name in words and a colour, so colour is never the only cue. */
    private Span speakerChip(LessonPlan plan, String asWritten) {
        Span chip = new Span(asWritten);
        chip.addClassNames("speaker-chip", "speaker-" + colourOf(plan, asWritten));
        return chip;
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

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }

    /** Renders the record line by line, grouped into items and entries. */
    private final class RecordRenderer {
        private final LessonPlan plan;
        private final WorkingRecord record;
        private final Div target;
        private final Map<String, String> phrases = new LinkedHashMap<>();
        private final Map<String, String[]> explanations = new HashMap<>();

        RecordRenderer(LessonPlan plan, SourceIndex index, Div target) {
            this.plan = plan;
            this.record = index.record();
            this.target = target;
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
        }

        void render() {
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
                    target.add(h);
                } else if (entryStarts.containsKey(s.number())) {
                    target.add(entry(entryStarts.get(s.number())));
                } else if (!inEntries.contains(s.number())) {
                    Div frame = new Div(line(s, null));
                    frame.addClassName(s.number() < firstBodyLine() ? "record-header" : "record-citation");
                    target.add(frame);
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
    }
}
