package org.workingrecord.classroom.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.StudentFound;
import org.workingrecord.shell.Downloads;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A student's or parent's request, handled by an administrator (the teacher may be away, or the request
 * may be about them): find the student by name, give them everything stored about them, or delete it.
 * Both are written in the audit log.
 */
@Route(value = Pages.ADMIN_STUDENTS, layout = MainLayout.class)
@RolesAllowed("ADMIN")
class StudentRequestsView extends Main implements HasDynamicTitle {

    private final ClassroomService classroom;
    private final TeacherInfo admin;
    private final Grid<StudentFound> grid = new Grid<>();
    private final TextField name = new TextField();
    private final Paragraph status = new Paragraph();

    StudentRequestsView(ClassroomService classroom, CurrentTeacher current, Clock clock) {
        this.classroom = classroom;
        this.admin = current.require();
        setId("main-content");
        addClassName("page");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(StudentFound::name).setHeader(getTranslation("requests.name")).setAutoWidth(true);
        grid.addColumn(StudentFound::className).setHeader(getTranslation("requests.class")).setAutoWidth(true);
        grid.addColumn(StudentFound::teacherName).setHeader(getTranslation("requests.teacher")).setAutoWidth(true);
        grid.addColumn(s -> dates.format(s.joinedAt().atZone(clock.getZone()))).setHeader(getTranslation("requests.joined"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("class.roster.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setVisible(false);

        name.setLabel(getTranslation("requests.search"));
        name.setHelperText(getTranslation("requests.search.help"));
        name.setMaxLength(ClassroomService.MAX_NAME);
        name.setWidth("min(100%, 22rem)");
        Button find = new Button(getTranslation("requests.find"), e -> find());
        find.addThemeVariants(ButtonVariant.PRIMARY);
        find.addClickShortcut(Key.ENTER);
        status.getElement().setAttribute("role", "status");
        Div search = new Div(name, find);
        search.addClassName("search-row");

        add(new Anchor(Pages.TEACH, getTranslation("class.back")), new H1(getTranslation("requests.title")),
                new Paragraph(getTranslation("requests.intro")),
                new Paragraph(new Anchor(Pages.ADMIN_AUDIT, getTranslation("audit.title"))), search, status, grid);
    }

    private void find() {
        List<StudentFound> found = classroom.findStudents(admin.id(), name.getValue());
        grid.setItems(found);
        grid.setVisible(!found.isEmpty());
        String words = name.getValue().strip();
        status.setText(words.length() < 2 ? getTranslation("requests.too-short")
                : found.size() >= ClassroomService.MAX_FOUND ? getTranslation("requests.many", found.size(), words)
                : getTranslation("requests.found", found.size(), words));
    }

    private Div actions(StudentFound s) {
        Anchor data = new Anchor(Downloads.href(Downloads.ADMIN_STUDENT_DATA_CSV, s.studentId()), getTranslation("class.roster.data"));
        data.getElement().setAttribute("download", true);
        data.getElement().setAttribute("router-ignore", true);
        data.setAriaLabel(getTranslation("class.roster.data") + ": " + s.name() + ", " + s.className());
        Button delete = new Button(getTranslation("requests.delete"), e -> Confirm.ask(
                getTranslation("requests.delete.confirm", s.name(), s.className()), () -> {
                    classroom.deleteStudentOnRequest(admin.id(), s.studentId());
                    find();
                    status.setText(getTranslation("requests.deleted", s.name(), s.className()));
                }));
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.setAriaLabel(getTranslation("requests.delete") + ": " + s.name() + ", " + s.className());
        return new Div(data, delete);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.title") + " – " + getTranslation("app.name");
    }
}
