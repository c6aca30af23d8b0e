package org.workingrecord.classroom.ui;

import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.Codes;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;

/** Students join a class with its code and a name, or come back with their resume code. No email, no password. */
@Route(value = Pages.JOIN, layout = MainLayout.class)
@AnonymousAllowed
class JoinView extends Main implements HasDynamicTitle {

    private final ClassroomService classroom;
    private final TextField classCode = new TextField();
    private final TextField name = new TextField();
    private final TextField resumeCode = new TextField();

    JoinView(ClassroomService classroom) {
        this.classroom = classroom;
        setId("main-content");
        addClassNames("page", "join-page");
        showForms();
    }

    private void showForms() {
        removeAll();
        add(new H1(getTranslation("join.title")), new Paragraph(getTranslation("join.intro")));

        classCode.setLabel(getTranslation("join.code"));
        classCode.setHelperText(getTranslation("join.code.help"));
        classCode.setMaxLength(20);
        classCode.setAutocapitalize(Autocapitalize.CHARACTERS);
        classCode.setAutocorrect(false);
        name.setLabel(getTranslation("join.name"));
        name.setHelperText(getTranslation("join.name.help"));
        name.setMaxLength(ClassroomService.MAX_NAME);
        Button join = new Button(getTranslation("join.button"), e -> join());
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.addClickShortcut(Key.ENTER).listenOn(classCode, name);
        Section fresh = new Section(new H2(getTranslation("join.new")), classCode, name, join);
        fresh.addClassName("form-card");

        resumeCode.setLabel(getTranslation("join.resume"));
        resumeCode.setHelperText(getTranslation("join.resume.help"));
        resumeCode.setMaxLength(20);
        resumeCode.setAutocorrect(false);
        Button back = new Button(getTranslation("join.resume.button"), e -> resume());
        back.addClickShortcut(Key.ENTER).listenOn(resumeCode);
        Section returning = new Section(new H2(getTranslation("join.back")), resumeCode, back);
        returning.addClassName("form-card");

        Div forms = new Div(fresh, returning);
        forms.addClassName("join-forms");
        add(forms);
    }

    private void join() {
        classCode.setInvalid(false);
        name.setInvalid(false);
        JoinOutcome outcome = classroom.join(classCode.getValue(), name.getValue(), StudentSession.client());
        switch (outcome) {
            case JoinOutcome.Joined joined -> {
                StudentSession.signIn(joined.student(), classroom.reentryToken(joined.student()));
                showResumeCode(joined.student(), joined.resumeCode());
            }
            case JoinOutcome.Refused refused -> {
                TextField field = switch (refused.reason()) {
                    case NAME_EMPTY, NAME_TOO_LONG, NAME_INVALID, NAME_TAKEN -> name;
                    default -> classCode;
                };
                field.setErrorMessage(getTranslation("join.error." + refused.reason().name().toLowerCase(Locale.ROOT),
                        Codes.display(Codes.normalize(classCode.getValue())), name.getValue().strip(),
                        String.valueOf(refused.waitSeconds())));
                field.setInvalid(true);
                field.focus();
            }
            case JoinOutcome.Resumed resumed -> throw new IllegalStateException("join never resumes");
        }
    }

    private void resume() {
        resumeCode.setInvalid(false);
        JoinOutcome outcome = classroom.resume(resumeCode.getValue(), StudentSession.client());
        if (outcome instanceof JoinOutcome.Resumed resumed) {
            StudentSession.signIn(resumed.student(), classroom.reentryToken(resumed.student()));
            getUI().ifPresent(ui -> ui.navigate(Pages.MY_WORK));
        } else if (outcome instanceof JoinOutcome.Refused refused) {
            resumeCode.setErrorMessage(getTranslation("join.error." + refused.reason().name().toLowerCase(Locale.ROOT),
                    "", "", String.valueOf(refused.waitSeconds())));
            resumeCode.setInvalid(true);
            resumeCode.focus();
        }
    }

    /** Shown once: the code to come back with, large, with a way to print it. */
    private void showResumeCode(StudentRef student, String code) {
        removeAll();
        Span codeText = new Span(Codes.display(code));
        codeText.addClassName("resume-code");
        codeText.getElement().setAttribute("aria-label", getTranslation("joined.code.label", String.join(" ", Codes.display(code).split(""))));
        Button print = new Button(getTranslation("joined.print"), e -> getElement().executeJs("window.print()"));
        Button go = new Button(getTranslation("joined.go"), e -> getUI().ifPresent(ui -> ui.navigate(Pages.MY_WORK)));
        go.addThemeVariants(ButtonVariant.PRIMARY);
        Div card = new Div(new Paragraph(getTranslation("joined.class", student.className())), codeText,
                new Paragraph(getTranslation("joined.keep")));
        card.addClassName("resume-card");
        Div actions = new Div(go, print);
        actions.addClassName("actions");
        add(new H1(getTranslation("joined.title", student.displayName())), card, actions);
        go.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " – " + getTranslation("app.name");
    }
}
