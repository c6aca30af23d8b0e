package org.workingrecord.classroom.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.workingrecord.shell.Downloads;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassRetention;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.Codes;
import org.workingrecord.classroom.StudentProgress;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** One class: its join code, its students and its assignments, and a new assignment. */
@Route(value = Pages.CLASS, layout = MainLayout.class)
@RolesAllowed("TEACHER")
class ClassView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classroom;
    private final LessonCatalog catalog;
    private final CurrentTeacher current;
    private final StudentProgress progress;
    private final Clock clock;
    private TeacherInfo teacher;
    private long classId;
    private String title = "";

    private final ClassRetention retention;

    ClassView(ClassroomService classroom, LessonCatalog catalog, CurrentTeacher current, StudentProgress progress, Clock clock,
              ClassRetention retention) {
        this.retention = retention;
        this.clock = clock;
        this.classroom = classroom;
        this.catalog = catalog;
        this.current = current;
        this.progress = progress;
        setId("main-content");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        teacher = current.require();
        try {
            classId = Long.parseLong(event.getRouteParameters().get("classId").orElse(""));
            classroom.classFor(teacher.id(), classId);
        } catch (NumberFormatException | AccessDeniedException e) {
            // another teacher's class looks exactly like one that does not exist
            event.rerouteToError(NotFoundException.class, getTranslation("class.not-found"));
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        ClassInfo c = classroom.classFor(teacher.id(), classId);
        title = c.name();
        add(new Anchor(Pages.TEACH, getTranslation("class.back")), new H1(c.name()));
        add(codeCard(c), assignmentsSection(), new RosterSection(classroom, progress, clock, teacher.id(), classId, this::build),
                settingsSection(c));
    }

    private Section codeCard(ClassInfo c) {
        Span code = new Span(Codes.display(c.joinCode()));
        code.addClassName("resume-code");
        Paragraph how = new Paragraph(getTranslation(c.joiningLocked() ? "class.code.locked" : "class.code.how"));
        Button lock = new Button(getTranslation(c.joiningLocked() ? "class.unlock" : "class.lock"), e -> {
            classroom.setJoiningLocked(teacher.id(), classId, !c.joiningLocked());
            build();
        });
        Button renew = new Button(getTranslation("class.regenerate"), e -> Confirm.ask(getTranslation("class.regenerate.confirm"), () -> {
            classroom.regenerateJoinCode(teacher.id(), classId);
            build();
        }));
        Div actions = new Div(lock, renew);
        actions.addClassName("actions");
        Section s = new Section(new H2(getTranslation("class.code")), code, how, actions);
        s.addClassName("form-card");
        return s;
    }

    private Section assignmentsSection() {
        Section s = new Section(new H2(getTranslation("class.assignments")));
        List<AssignmentInfo> assignments = classroom.assignmentsOf(teacher.id(), classId);
        if (assignments.isEmpty()) {
            s.add(new Paragraph(getTranslation("class.assignments.none")));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (AssignmentInfo a : assignments) {
            String lessonTitle = catalog.lesson(a.lessonId()).map(l -> l.plan().title()).orElse(a.lessonId());
            Anchor open = new Anchor(Pages.href(Pages.ASSIGNMENT, a.id()), lessonTitle);
            Paragraph p = new Paragraph(open, new Span(" · " + (a.dueDate() == null ? getTranslation("mywork.nodue")
                    : getTranslation("mywork.due", dates.format(a.dueDate()))) + " · "
                    + getTranslation("class.mode." + a.feedbackMode().name().toLowerCase(Locale.ROOT))
                    + (a.withdrawn() ? " · " + getTranslation("class.withdrawn") : "")));
            s.add(p);
        }
        s.add(new AssignForm(classroom, catalog, teacher.id(), classId));
        return s;
    }

    private Section settingsSection(ClassInfo c) {
        TextField name = new TextField(getTranslation("class.rename"));
        name.setValue(c.name());
        Button rename = new Button(getTranslation("class.rename.save"), e -> {
            try {
                classroom.rename(teacher.id(), classId, name.getValue());
                build();
            } catch (IllegalArgumentException invalid) {
                name.setErrorMessage(getTranslation("teach.new.invalid"));
                name.setInvalid(true);
            }
        });
        Button archive = new Button(getTranslation(c.archived() ? "class.unarchive" : "class.archive"), e -> {
            classroom.setArchived(teacher.id(), classId, !c.archived());
            build();
        });
        Anchor export = new Anchor(Downloads.href(Downloads.CLASS_DATA_CSV, classId), getTranslation("class.export"));
        Anchor gradebook = new Anchor(Downloads.href(Downloads.CLASS_GRADEBOOK_XLSX, classId), getTranslation("class.gradebook"));
        Anchor gradebookCsv = new Anchor(Downloads.href(Downloads.CLASS_GRADEBOOK_CSV, classId), getTranslation("class.gradebook.csv"));
        for (Anchor a : List.of(export, gradebook, gradebookCsv)) {
            a.getElement().setAttribute("download", true);
            a.getElement().setAttribute("router-ignore", true);
        }
        Button delete = new Button(getTranslation("class.delete"), e -> Confirm.ask(getTranslation("class.delete.confirm", c.name()), () -> {
            classroom.deleteClass(teacher.id(), classId);
            getUI().ifPresent(ui -> ui.navigate(Pages.TEACH));
        }));
        delete.addThemeVariants(ButtonVariant.ERROR);
        Div actions = new Div(rename, archive, delete);
        actions.addClassName("actions");
        Section s = new Section(new H2(getTranslation("class.settings")));
        if (c.archived()) {
            // an archived class is deleted some months later: say when, and where its data is
            Paragraph kept = new Paragraph(retention.deletionDate(c).map(when -> getTranslation("class.archived.deleted-on",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(when.atZone(clock.getZone()))))
                    .orElse(getTranslation("class.archived.kept")));
            kept.addClassName("notice");
            s.add(kept);
        }
        s.add(name, actions, new Paragraph(gradebook), new Paragraph(gradebookCsv), new Paragraph(export));
        s.addClassName("form-card");
        return s;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
