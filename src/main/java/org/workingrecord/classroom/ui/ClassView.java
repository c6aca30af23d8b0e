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
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.Codes;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.StudentInfo;
import org.workingrecord.classroom.StudentProgress;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.shell.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** One class: its join code, its students and its assignments, and a new assignment. */
@Route(value = "teach/classes/:classId", layout = MainLayout.class)
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

    ClassView(ClassroomService classroom, LessonCatalog catalog, CurrentTeacher current, StudentProgress progress, Clock clock) {
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
        add(new Anchor("teach", getTranslation("class.back")), new H1(c.name()));
        add(codeCard(c), assignmentsSection(), rosterSection(), settingsSection(c));
    }

    private Section codeCard(ClassInfo c) {
        Span code = new Span(Codes.display(c.joinCode()));
        code.addClassName("resume-code");
        Paragraph how = new Paragraph(getTranslation(c.joiningLocked() ? "class.code.locked" : "class.code.how"));
        Button lock = new Button(getTranslation(c.joiningLocked() ? "class.unlock" : "class.lock"), e -> {
            classroom.setJoiningLocked(teacher.id(), classId, !c.joiningLocked());
            build();
        });
        Button renew = new Button(getTranslation("class.regenerate"), e -> confirm(getTranslation("class.regenerate.confirm"), () -> {
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
            Anchor open = new Anchor("teach/assignments/" + a.id(), lessonTitle);
            Paragraph p = new Paragraph(open, new Span(" · " + (a.dueDate() == null ? getTranslation("mywork.nodue")
                    : getTranslation("mywork.due", dates.format(a.dueDate()))) + " · "
                    + getTranslation("class.mode." + a.feedbackMode().name().toLowerCase(Locale.ROOT))
                    + (a.withdrawn() ? " · " + getTranslation("class.withdrawn") : "")));
            s.add(p);
        }
        s.add(assignForm());
        return s;
    }

    private Section assignForm() {
        Select<LoadedLesson> lesson = new Select<>();
        lesson.setLabel(getTranslation("assign.lesson"));
        lesson.setItems(catalog.lessons());
        lesson.setItemLabelGenerator(l -> l.plan().title());
        CheckboxGroup<Activity> activities = new CheckboxGroup<>(getTranslation("assign.activities"));
        activities.setItemLabelGenerator(Activity::title);
        Anchor preview = new Anchor("", getTranslation("assign.preview"));
        preview.setTarget("_blank");
        preview.setVisible(false);
        lesson.addValueChangeListener(e -> {
            activities.setItems(e.getValue().plan().activities());
            activities.select(e.getValue().plan().activities());
            preview.setHref("teach/preview/" + e.getValue().plan().id());
            preview.setVisible(true);
        });
        DatePicker due = new DatePicker(getTranslation("assign.due"));
        due.setHelperText(getTranslation("assign.due.help"));
        RadioButtonGroup<FeedbackMode> mode = new RadioButtonGroup<>(getTranslation("assign.mode"));
        mode.setItems(FeedbackMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("assign.mode." + m.name().toLowerCase(Locale.ROOT)));
        mode.setValue(FeedbackMode.IMMEDIATE);
        Paragraph error = new Paragraph();
        error.getElement().setAttribute("role", "alert");
        Button assign = new Button(getTranslation("assign.button"), e -> {
            if (lesson.getValue() == null || activities.getValue().isEmpty()) {
                error.setText(getTranslation("assign.missing"));
                return;
            }
            List<String> ids = activities.getValue().stream().map(Activity::id).toList();
            AssignmentInfo a = classroom.assign(teacher.id(), classId, lesson.getValue().plan().id(), due.getValue(),
                    mode.getValue(), ids);
            getUI().ifPresent(ui -> ui.navigate("teach/assignments/" + a.id()));
        });
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        Section s = new Section(new H2(getTranslation("assign.title")), lesson, preview, activities, due, mode, error, assign);
        s.addClassName("form-card");
        return s;
    }

    private Section rosterSection() {
        List<StudentInfo> roster = classroom.roster(teacher.id(), classId);
        Section s = new Section(new H2(getTranslation("class.roster", roster.size())));
        if (!roster.isEmpty()) {
            s.add(new Paragraph(new Anchor("teach/classes/" + classId + "/cards", getTranslation("class.cards"))));
        }
        if (roster.isEmpty()) {
            s.add(new Paragraph(getTranslation("class.roster.none")));
            return s;
        }
        Grid<StudentInfo> grid = new Grid<>();
        grid.addColumn(StudentInfo::displayName).setHeader(getTranslation("class.roster.name")).setSortable(true);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(st -> dates.format(st.joinedAt().atZone(clock.getZone())))
                .setHeader(getTranslation("class.roster.joined"));
        var progressById = progress.forClass(teacher.id(), classId);
        grid.addColumn(st -> {
            StudentProgress.Progress p = progressById.get(st.id());
            return p == null ? "" : getTranslation("class.roster.progress.value", p.handedIn(), p.started(), p.assigned());
        }).setHeader(getTranslation("class.roster.progress"));
        grid.addComponentColumn(st -> {
            Button reset = new Button(getTranslation("class.roster.reset"), e -> {
                String code = classroom.resetResumeCode(teacher.id(), st.id());
                ConfirmDialog shown = new ConfirmDialog(getTranslation("class.roster.newcode", st.displayName()),
                        getTranslation("class.roster.newcode.text", Codes.display(code)), getTranslation("class.ok"), x -> { });
                shown.open();
            });
            reset.setAriaLabel(getTranslation("class.roster.reset") + ": " + st.displayName());
            Button remove = new Button(getTranslation("class.roster.remove"), e -> confirm(
                    getTranslation("class.roster.remove.confirm", st.displayName()), () -> {
                        classroom.removeStudent(teacher.id(), st.id());
                        build();
                    }));
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("class.roster.remove") + ": " + st.displayName());
            return new Div(reset, remove);
        }).setHeader(getTranslation("class.roster.actions")).setAutoWidth(true);
        grid.setItems(roster);
        grid.setAllRowsVisible(true);
        s.add(grid);
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
        Button delete = new Button(getTranslation("class.delete"), e -> confirm(getTranslation("class.delete.confirm", c.name()), () -> {
            classroom.deleteClass(teacher.id(), classId);
            getUI().ifPresent(ui -> ui.navigate("teach"));
        }));
        delete.addThemeVariants(ButtonVariant.ERROR);
        Div actions = new Div(rename, archive, delete);
        actions.addClassName("actions");
        Section s = new Section(new H2(getTranslation("class.settings")), name, actions, new Paragraph(gradebook),
                new Paragraph(gradebookCsv), new Paragraph(export));
        s.addClassName("form-card");
        return s;
    }

    private void confirm(String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("class.sure"));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("work.confirm.cancel"));
        dialog.setConfirmText(getTranslation("class.yes"));
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
