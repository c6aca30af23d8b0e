package org.workingrecord.authoring.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.authoring.LessonAuthoring;
import org.workingrecord.authoring.LessonAuthoring.LessonSummary;
import org.workingrecord.authoring.SourceAuthoring;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.Problem;
import org.workingrecord.shell.Downloads;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * The lessons a teacher writes, and those other teachers share: start a new one on any source (shipped or
 * brought), or import a lesson folder someone exported. The shipped lessons stay in the catalogue.
 */
@Route(value = Pages.MY_LESSONS, layout = MainLayout.class)
@RolesAllowed("TEACHER")
class LessonsView extends Main implements HasDynamicTitle {

    /** A source a lesson can be written on: its pack id and title. */
    private record SourceChoice(String packId, String title) {
    }

    private final LessonAuthoring lessons;
    private final TeacherInfo teacher;
    private final Div problems = new Div();

    LessonsView(LessonAuthoring lessons, SourceAuthoring sources, LessonCatalog catalog, CurrentTeacher current, Clock clock) {
        this.lessons = lessons;
        this.teacher = current.require();
        setId("main-content");
        addClassName("page");
        add(new Anchor(Pages.TEACH, getTranslation("class.back")), new H1(getTranslation("mylessons.title")),
                new Paragraph(getTranslation("mylessons.intro")));

        Div list = new Div();
        list.addClassName("work-list");
        List<LessonSummary> visible = lessons.visibleTo(teacher.id());
        if (visible.isEmpty()) {
            list.add(new Paragraph(getTranslation("mylessons.none")));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(clock.getZone());
        for (LessonSummary s : visible) {
            String state = s.published() == 0 ? getTranslation("mylessons.state.draft", s.newest())
                    : getTranslation("mylessons.state.published", s.published());
            String whose = getTranslation(s.mine() ? (s.shared() ? "sources.mine.shared" : "sources.mine") : "sources.theirs");
            list.add(new Paragraph(new Anchor(Pages.href(Pages.MY_LESSON, s.id()), s.title()),
                    new Span(" · " + state + " · " + whose + " · " + getTranslation("sources.updated", dates.format(s.updatedAt())))));
        }
        // every lesson the teacher may give, as links a learning platform imports into a course
        Anchor cartridge = new Anchor(Downloads.href(Downloads.LESSONS_CARTRIDGE), getTranslation("mylessons.cartridge"));
        cartridge.getElement().setAttribute("download", true);
        cartridge.getElement().setAttribute("router-ignore", true);
        add(list, new Paragraph(new Span(getTranslation("mylessons.cartridge.text") + " "), cartridge), startForm(sources, catalog), importForm());
    }

    private Section startForm(SourceAuthoring sources, LessonCatalog catalog) {
        List<SourceChoice> choices = new ArrayList<>();
        catalog.sources().forEach(p -> choices.add(new SourceChoice(p.id(), p.index().record().title())));
        sources.visibleTo(teacher.id()).forEach(s -> choices.add(new SourceChoice(s.packId(), s.title())));
        Select<SourceChoice> source = new Select<>();
        source.setLabel(getTranslation("mylessons.new.source"));
        source.setItems(choices);
        source.setItemLabelGenerator(SourceChoice::title);
        if (!choices.isEmpty()) {
            source.setValue(choices.get(0));
        }
        TextField title = new TextField(getTranslation("mylessons.new.title-field"));
        title.setMaxLength(200);
        title.setWidthFull();
        Button start = new Button(getTranslation("mylessons.new.start"), e -> {
            LessonAuthoring.Saved saved = lessons.start(teacher.id(), source.getValue() == null ? "" : source.getValue().packId(),
                    title.getValue());
            show(saved);
        });
        start.addThemeVariants(ButtonVariant.PRIMARY);
        Section form = new Section(new H2(getTranslation("mylessons.new.heading")), new Paragraph(getTranslation("mylessons.new.help")),
                source, title, start);
        form.addClassName("form-card");
        return form;
    }

    private Section importForm() {
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> show(lessons.importFolder(teacher.id(), bytes))))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5_000_000);
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.addFileRejectedListener(e -> showProblems(List.of(new Problem("zip", 0, e.getErrorMessage()))));
        problems.addClassName("form-error");
        problems.getElement().setAttribute("role", "alert");
        Section form = new Section(new H2(getTranslation("mylessons.import.heading")),
                new Paragraph(getTranslation("mylessons.import.help")), upload, problems);
        form.addClassName("form-card");
        return form;
    }

    private void show(LessonAuthoring.Saved saved) {
        if (saved.id().isPresent()) {
            getUI().ifPresent(ui -> ui.navigate(Pages.href(Pages.MY_LESSON, saved.id().get())));
        } else {
            showProblems(saved.problems());
        }
    }

    private void showProblems(List<Problem> found) {
        problems.removeAll();
        UnorderedList items = new UnorderedList();
        found.forEach(p -> items.add(new ListItem(ProblemWords.of(p, this::getTranslation))));
        problems.add(new Paragraph(getTranslation("mylessons.problems")), items);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mylessons.title") + " – " + getTranslation("app.name");
    }
}
