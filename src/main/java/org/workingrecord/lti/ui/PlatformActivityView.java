package org.workingrecord.lti.ui;

import java.util.Locale;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lti.LtiDeepLinks;
import org.workingrecord.shell.LtiEndpoints;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import jakarta.annotation.security.RolesAllowed;

/**
 * Deep Linking, the teacher's side: having chosen "add an activity" in their learning platform, they pick a lesson
 * and when feedback comes; the lesson goes back to the platform as a link in their course.
 */
@Route(value = Pages.PLATFORM_ACTIVITY, layout = MainLayout.class)
@RolesAllowed("TEACHER")
class PlatformActivityView extends Main implements HasDynamicTitle {

    PlatformActivityView(LtiDeepLinks deepLinks, CurrentTeacher current) {
        TeacherInfo teacher = current.require();
        setId("main-content");
        addClassName("page");
        add(new H1(getTranslation("lti.deep-link.title")));
        if (!(VaadinSession.getCurrent().getSession().getAttribute(LtiDeepLinks.SESSION_REQUEST) instanceof LtiDeepLinks.Request request)) {
            add(new Paragraph(getTranslation("lti.deep-link.none")), new Anchor(Pages.TEACH, getTranslation("class.back")));
            return;
        }
        String base = ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest()).toUriString();
        Select<LoadedLesson> lesson = new Select<>();
        lesson.setLabel(getTranslation("assign.lesson"));
        lesson.setItems(deepLinks.lessons(teacher.id()));
        lesson.setItemLabelGenerator(l -> l.plan().title());
        Anchor preview = new Anchor();
        preview.setText(getTranslation("assign.preview"));
        preview.setTarget("_blank");
        preview.setVisible(false);
        lesson.addValueChangeListener(e -> {
            preview.setHref(Pages.href(Pages.PREVIEW, e.getValue().plan().id()));
            preview.setVisible(true);
        });
        RadioButtonGroup<FeedbackMode> mode = new RadioButtonGroup<>(getTranslation("assign.mode"));
        mode.setItems(FeedbackMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("assign.mode." + m.name().toLowerCase(Locale.ROOT)));
        mode.setValue(FeedbackMode.IMMEDIATE);
        Paragraph error = new Paragraph();
        error.getElement().setAttribute("role", "alert");
        Button add = new Button(getTranslation("lti.deep-link.add"), e -> {
            if (lesson.getValue() == null) {
                error.setText(getTranslation("lti.deep-link.choose"));
                return;
            }
            LtiDeepLinks.Answer answer = deepLinks.answer(teacher.id(), request, lesson.getValue().plan().id(), mode.getValue(),
                    base + LtiEndpoints.LAUNCH);
            VaadinSession.getCurrent().getSession().setAttribute(LtiDeepLinks.SESSION_ANSWER, answer);
            getUI().ifPresent(ui -> ui.getPage().setLocation(base + LtiEndpoints.DEEP_LINK_RETURN));
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Section form = new Section(lesson, preview, mode, error, add);
        form.addClassName("form-card");
        add(new Paragraph(getTranslation("lti.deep-link.intro")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.deep-link.title") + " – " + getTranslation("app.name");
    }
}
