package org.workingrecord.lesson.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Annotation;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.source.WorkingRecord;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Aside;
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

    private final LessonCatalog catalog;
    private String title = "";
    private RecordPanel panel;

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
        if (panel != null && line.matches("\\d{1,4}")) {
            panel.focusLine(Integer.parseInt(line));
        }
    }

    private void build(LoadedLesson lesson) {
        LessonPlan plan = lesson.plan();
        WorkingRecord record = lesson.record();
        title = getTranslation("reader.crumb") + ": " + plan.title();

        H1 heading = new H1(record.title());
        Paragraph intro = new Paragraph(getTranslation("reader.intro"));
        intro.addClassName("next-step");

        RecordPanel structured = new RecordPanel(lesson);
        panel = structured;
        structured.getElement().setAttribute("aria-label", getTranslation("reader.structured"));

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
        chip.addClassNames("speaker-chip", "speaker-" + RecordPanel.colourOf(plan, asWritten));
        return chip;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
