package org.workingrecord.authoring.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.authoring.LessonAuthoring;
import org.workingrecord.authoring.LessonAuthoring.LessonDetail;
import org.workingrecord.lesson.Problem;
import org.workingrecord.shell.Downloads;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One lesson a teacher writes: its text in the format of the lesson folders, checked on every save with
 * the problems listed beside it by line; a try-out as students will see it; publishing, sharing, the
 * folder to download, every version, and removal. Another teacher's shared lesson is shown read-only;
 * a private one is "not found", as a lesson that does not exist is.
 */
@Route(value = Pages.MY_LESSON, layout = MainLayout.class)
@RolesAllowed("TEACHER")
class LessonEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonAuthoring lessons;
    private final TeacherInfo teacher;
    private final Clock clock;
    private String title = "";

    LessonEditView(LessonAuthoring lessons, CurrentTeacher current, Clock clock) {
        this.lessons = lessons;
        this.teacher = current.require();
        this.clock = clock;
        setId("main-content");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("lessonRef").orElse("");
        Optional<LessonDetail> detail = id.matches("\\d{1,18}") ? lessons.open(teacher.id(), Long.parseLong(id)) : Optional.empty();
        if (detail.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("mylessons.not-found"));
            return;
        }
        build(detail.get(), null);
    }

    /** The page for the lesson as it now stands; {@code said} is a line about what was just done, if anything. */
    private void build(LessonDetail d, String said) {
        removeAll();
        title = d.summary().title();
        boolean mine = d.summary().mine();
        int shown = d.versions().isEmpty() ? 0 : d.versions().get(0).number();
        add(new Anchor(Pages.MY_LESSONS, getTranslation("mylessons.back")), new H1(title),
                new Paragraph(state(d, shown)));
        if (said != null) {
            Paragraph done = new Paragraph(said);
            done.getElement().setAttribute("role", "status");
            done.addClassName("next-step");
            // the page is built again: keyboard focus goes to what was just done, not back to the top
            done.getElement().setAttribute("tabindex", "-1");
            add(done);
            done.getElement().callJsFunction("focus");
        }
        add(problemList(d.problems()));
        Div actions = new Div();
        actions.addClassName("actions");
        if (d.lesson() != null) {
            Anchor tryIt = new Anchor(Pages.href(Pages.PREVIEW, d.lesson().plan().id()), getTranslation("mylessons.try"));
            tryIt.setTarget("_blank");
            actions.add(tryIt);
        }
        actions.add(download(Downloads.href(Downloads.LESSON_FOLDER_ZIP, d.summary().id()), "mylessons.download"));
        if (d.lesson() != null) {
            actions.add(download(Downloads.href(Downloads.LESSON_MOODLE_XML, d.lesson().plan().id()), "mylessons.moodle"));
            actions.add(download(Downloads.href(Downloads.LESSON_QTI_ZIP, d.lesson().plan().id()), "mylessons.qti"));
        }
        add(actions);
        if (mine) {
            ownerTools(d, shown);
        } else {
            add(new Paragraph(getTranslation("mylessons.shared-with-you")), new H2(getTranslation("mylessons.text")),
                    new Pre(d.lessonYaml()));
        }
        add(new VersionList(d.versions(), clock));
        if (mine || teacher.administrator()) {
            Button remove = new Button(getTranslation("mylessons.remove"), e -> confirmRemoval(d));
            remove.addThemeVariants(ButtonVariant.ERROR);
            add(new Div(remove));
        }
    }

    /** A file to download, not a page: the router leaves it to the browser. */
    private Anchor download(String href, String key) {
        Anchor a = new Anchor(href, getTranslation(key));
        a.getElement().setAttribute("download", true);
        a.getElement().setAttribute("router-ignore", true);
        return a;
    }

    private String state(LessonDetail d, int shown) {
        if (d.summary().published() == shown && shown > 0) {
            return getTranslation("mylessons.state.is-published", shown);
        }
        return d.summary().published() == 0 ? getTranslation("mylessons.state.draft-long", shown)
                : getTranslation("mylessons.state.newer-draft", shown, d.summary().published());
    }

    private void ownerTools(LessonDetail d, int shown) {
        long id = d.summary().id();
        if (d.problems().isEmpty() && d.summary().published() != shown) {
            Button publish = new Button(getTranslation("mylessons.publish", shown), e -> {
                List<Problem> found = lessons.publish(teacher.id(), id);
                reopen(id, found.isEmpty() ? getTranslation("mylessons.published", shown) : null);
            });
            publish.addThemeVariants(ButtonVariant.PRIMARY);
            add(new Div(publish, new Span(" " + getTranslation("mylessons.publish.help"))));
        }
        Checkbox shared = new Checkbox(getTranslation("mylessons.share"), d.summary().shared());
        shared.setHelperText(getTranslation("mylessons.share.help"));
        shared.addValueChangeListener(e -> lessons.share(teacher.id(), id, e.getValue()));
        TextArea yaml = new TextArea(getTranslation("mylessons.text"));
        yaml.setValue(d.lessonYaml());
        yaml.setHelperText(getTranslation("mylessons.text.help"));
        yaml.setWidthFull();
        yaml.addClassName("lesson-text");
        TextArea guide = new TextArea(getTranslation("mylessons.guide"));
        guide.setValue(d.guide());
        guide.setHelperText(getTranslation("mylessons.guide.help"));
        guide.setWidthFull();
        Button save = new Button(getTranslation("mylessons.save"), e -> {
            LessonAuthoring.Saved saved = lessons.save(teacher.id(), id, yaml.getValue(), guide.getValue());
            reopen(id, saved.problems().isEmpty() ? getTranslation("mylessons.saved", saved.version())
                    : getTranslation("mylessons.saved-with-problems", saved.version(), saved.problems().size()));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Section editor = new Section(new H2(getTranslation("mylessons.edit")), yaml, guide, save);
        editor.addClassName("form-card");
        add(shared, new AboutLessonForm(d.about(), about -> {
            LessonAuthoring.Saved saved = lessons.describe(teacher.id(), id, about);
            reopen(id, saved.problems().isEmpty() ? getTranslation("mylessons.saved", saved.version())
                    : getTranslation("mylessons.saved-with-problems", saved.version(), saved.problems().size()));
        }));
        if (d.lesson() != null) {
            Consumer<LessonAuthoring.Saved> added = saved -> reopen(id, saved.problems().isEmpty()
                    ? getTranslation("builder.added", saved.version())
                    : getTranslation("mylessons.saved-with-problems", saved.version(), saved.problems().size()));
            add(new QuestionBuilderPanel(lessons, teacher.id(), d, added), new PositionsBuilderPanel(lessons, teacher.id(), d, added));
        }
        add(editor);
    }

    private void reopen(long id, String said) {
        lessons.open(teacher.id(), id).ifPresent(d -> build(d, said));
    }

    private Section problemList(List<Problem> problems) {
        Section box = new Section();
        box.getElement().setAttribute("aria-live", "polite");
        if (problems.isEmpty()) {
            box.add(new Paragraph(getTranslation("mylessons.no-problems")));
            return box;
        }
        UnorderedList items = new UnorderedList();
        problems.forEach(p -> items.add(new ListItem(ProblemWords.of(p, this::getTranslation))));
        box.add(new H2(getTranslation("mylessons.problems.heading", problems.size())), items);
        box.addClassName("form-error");
        return box;
    }

    /** Removing cannot be undone: asked first, with keeping it the main choice. */
    private void confirmRemoval(LessonDetail d) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("mylessons.remove.title", d.summary().title()));
        dialog.setText(getTranslation("mylessons.remove.text"));
        dialog.setConfirmText(getTranslation("mylessons.remove.keep"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("mylessons.remove.confirm"));
        dialog.addRejectListener(e -> {
            if (lessons.delete(teacher.id(), d.summary().id())) {
                getUI().ifPresent(ui -> ui.navigate(Pages.MY_LESSONS));
            } else {
                reopen(d.summary().id(), getTranslation("mylessons.remove.in-use"));
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
