package org.workingrecord.lesson.ui;

import java.util.Optional;

import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.lesson.LessonSources;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
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
@Route(value = Pages.READER, layout = MainLayout.class)
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
        Optional<LoadedLesson> lesson = catalog.shipped(id);
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
        if (panel != null) {
            panel.sources().place(line).ifPresent(panel::focusLine);
        }
    }

    private void build(LoadedLesson lesson) {
        LessonPlan plan = lesson.plan();
        LessonSources sources = lesson.sources();
        title = getTranslation("reader.crumb") + ": " + plan.title();

        H1 heading = new H1(sources.several() ? plan.title() : sources.texts().get(0).record().title());
        Paragraph intro = new Paragraph(getTranslation("reader.intro"));
        if (sources.several()) {
            intro.add(" " + getTranslation("reader.intro.several", sources.texts().size()));
        }
        intro.addClassName("next-step");

        RecordPanel structured = new RecordPanel(lesson);
        panel = structured;
        structured.getElement().setAttribute("aria-label", getTranslation("reader.structured"));

        // the original text of each record, exactly as the file has it
        Div original = new Div();
        for (LessonSources.Text t : sources.texts()) {
            Pre raw = new Pre(t.record().raw());
            raw.addClassName("original-text");
            raw.getElement().setAttribute("aria-label", getTranslation("reader.original")
                    + (sources.several() ? " – " + getTranslation("reader.record", t.letter()) : ""));
            raw.getElement().setAttribute("tabindex", "0");
            original.add(raw);
        }
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
        Aside aside = new ReaderAside(plan, sources);
        Div layout = new Div(text, aside);
        layout.addClassName("reader-layout");
        add(Breadcrumbs.of(this, plan, true), heading, intro, layout);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
