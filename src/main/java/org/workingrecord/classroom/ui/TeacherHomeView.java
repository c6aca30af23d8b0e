package org.workingrecord.classroom.ui;

import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.Codes;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.Key;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** A teacher's start page: their classes, and a new one. */
@Route(value = Pages.TEACH, layout = MainLayout.class)
@RolesAllowed("TEACHER")
class TeacherHomeView extends Main implements HasDynamicTitle {

    private final ClassroomService classroom;
    private final CurrentTeacher current;
    private final Div list = new Div();

    TeacherHomeView(ClassroomService classroom, CurrentTeacher current) {
        this.classroom = classroom;
        this.current = current;
        setId("main-content");
        addClassName("page");
        TeacherInfo teacher = current.require();
        Button signOut = new Button(getTranslation("teach.signout"), e -> current.logout());
        Div bar = new Div(new Paragraph(getTranslation("teach.who", teacher.displayName())), signOut);
        bar.addClassName("student-bar");
        bar.add(new Anchor(Pages.LESSON_CHECK, getTranslation("nav.check")));
        bar.add(new Anchor(Pages.SOURCES, getTranslation("nav.sources")));
        bar.add(new Anchor(Pages.MY_LESSONS, getTranslation("nav.my-lessons")));
        if (teacher.administrator()) {
            bar.add(new Anchor(Pages.ADMIN_TEACHERS, getTranslation("teach.admin")));
            bar.add(new Anchor(Pages.ADMIN_STUDENTS, getTranslation("requests.title")));
            bar.add(new Anchor(Pages.ADMIN_AUDIT, getTranslation("audit.title")));
            bar.add(new Anchor(Pages.ADMIN_PLATFORMS, getTranslation("platforms.title")));
        }
        add(new H1(getTranslation("teach.title")), bar, new Paragraph(getTranslation("teach.intro")));

        TextField name = new TextField(getTranslation("teach.new.name"));
        name.setHelperText(getTranslation("teach.new.help"));
        name.setMaxLength(120);
        Button create = new Button(getTranslation("teach.new.create"), e -> {
            try {
                ClassInfo c = classroom.createClass(teacher.id(), name.getValue());
                getUI().ifPresent(ui -> ui.navigate(Pages.href(Pages.CLASS, c.id())));
            } catch (IllegalArgumentException invalid) {
                name.setErrorMessage(getTranslation("teach.new.invalid"));
                name.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(name);
        Section fresh = new Section(new H2(getTranslation("teach.new")), name, create);
        fresh.addClassName("form-card");

        list.addClassName("work-list");
        add(new H2(getTranslation("teach.classes")), list, fresh);
        refresh(teacher);
    }

    private void refresh(TeacherInfo teacher) {
        list.removeAll();
        var classes = classroom.classesOf(teacher.id());
        if (classes.isEmpty()) {
            list.add(new Paragraph(getTranslation("teach.none")));
        }
        for (ClassInfo c : classes) {
            Span code = new Span(getTranslation("teach.code", Codes.display(c.joinCode())));
            code.addClassName("join-code-small");
            Anchor open = new Anchor(Pages.href(Pages.CLASS, c.id()), getTranslation("teach.open"));
            open.addClassName("button-link");
            open.getElement().setAttribute("aria-label", getTranslation("teach.open") + ": " + c.name());
            Div card = new Div(new H2(c.name()), code);
            if (c.archived()) {
                card.add(new Paragraph(getTranslation("teach.archived")));
            } else if (c.joiningLocked()) {
                card.add(new Paragraph(getTranslation("teach.locked")));
            }
            card.add(open);
            card.addClassName("work-card");
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teach.title") + " – " + getTranslation("app.name");
    }
}
