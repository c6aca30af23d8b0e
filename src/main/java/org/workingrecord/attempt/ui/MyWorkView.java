package org.workingrecord.attempt.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.WorkStatus;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.StudentAuthentication;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.classroom.ui.StudentSession;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** A student's assignments with where they are in each, and the way in. */
@Route(value = Pages.MY_WORK, layout = MainLayout.class)
@RolesAllowed(StudentAuthentication.ROLE)
class MyWorkView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classroom;
    private final AttemptService attempts;
    private final LessonCatalog catalog;

    MyWorkView(ClassroomService classroom, AttemptService attempts, LessonCatalog catalog) {
        this.classroom = classroom;
        this.attempts = attempts;
        this.catalog = catalog;
        setId("main-content");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudentRef student = StudentSession.orJoin(classroom, event).orElse(null);
        if (student == null) {
            return;
        }
        removeAll();
        Button signOut = new Button(getTranslation("mywork.signout"), e -> {
            StudentSession.signOut();
            getUI().ifPresent(ui -> ui.navigate(Pages.JOIN));
        });
        Paragraph who = new Paragraph(getTranslation("mywork.who", student.displayName(), student.className()));
        Div bar = new Div(who, signOut);
        bar.addClassName("student-bar");
        add(new H1(getTranslation("mywork.title")), bar);

        List<AssignmentInfo> assignments = classroom.assignmentsFor(student);
        if (assignments.isEmpty()) {
            add(new Paragraph(getTranslation("mywork.empty")));
            return;
        }
        add(new Paragraph(getTranslation("mywork.intro")));
        Map<Long, WorkStatus> statuses = attempts.statuses(student, assignments);
        Div list = new Div();
        list.addClassName("work-list");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        for (AssignmentInfo a : assignments) {
            WorkStatus status = statuses.get(a.id());
            String key = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Span badge = new Span(getTranslation("status." + key));
            badge.addClassNames("status", "status-" + key);
            String due = a.dueDate() == null ? getTranslation("mywork.nodue") : getTranslation("mywork.due", dates.format(a.dueDate()));
            Anchor open = new Anchor(Pages.href(Pages.WORK, a.id()), getTranslation("mywork.open." + key));
            open.addClassName("button-link");
            String title = catalog.lesson(a.lessonId()).map(l -> l.plan().title()).orElse(a.lessonId());
            open.getElement().setAttribute("aria-label", getTranslation("mywork.open." + key) + ": " + title);
            Div card = new Div(new H2(title), new Paragraph(badge, new Span(" · " + due)), open);
            card.addClassName("work-card");
            list.add(card);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mywork.title") + " – " + getTranslation("app.name");
    }
}
