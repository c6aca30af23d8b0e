package org.workingrecord.account.ui;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.web.WebAttributes;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TooManyTriesException;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Teachers sign in here. Students never need to: they join with a class code. */
@Route(value = Pages.LOGIN, layout = MainLayout.class)
@NamedInterface("ui")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    LoginView(AccountService accounts) {
        setId("main-content");
        addClassNames("page", "login-page");
        i18n.getForm().setTitle(getTranslation("login.form"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.text"));
        i18n.setAdditionalInformation(null);
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction(Pages.LOGIN);
        add(new H1(getTranslation("login.title")), new Paragraph(getTranslation("login.students")),
                new Anchor(Pages.JOIN, getTranslation("login.join")), form);
        if (accounts.setupNeeded()) {
            add(new Paragraph(getTranslation("login.setup")));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed) {
            // Spring Security keeps the reason in the session: a wrong password, or too many of them and how long to wait
            Object reason = VaadinSession.getCurrent() == null || VaadinSession.getCurrent().getSession() == null ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            LoginI18n i18n = this.i18n;
            if (reason instanceof TooManyTriesException wait) {
                long minutes = Math.max(1, (wait.waitSeconds() + 59) / 60);
                i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.locked.text", minutes));
            } else {
                i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.error.text"));
            }
            form.setI18n(i18n);
        }
        form.setError(failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
