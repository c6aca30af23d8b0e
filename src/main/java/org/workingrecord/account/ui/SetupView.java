package org.workingrecord.account.ui;

import org.springframework.security.access.AccessDeniedException;
import org.workingrecord.account.AccountService;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** First run: the link printed in the console opens this page, which creates the first teacher (an administrator). */
@Route(value = Pages.SETUP, layout = MainLayout.class)
@AnonymousAllowed
class SetupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private String token = "";

    SetupView(AccountService accounts) {
        this.accounts = accounts;
        setId("main-content");
        addClassNames("page", "setup-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        removeAll();
        add(new H1(getTranslation("setup.title")));
        if (!accounts.setupNeeded()) {
            add(new Paragraph(getTranslation("setup.done")), new Anchor(Pages.TEACH, getTranslation("setup.login")));
            return;
        }
        add(new Paragraph(getTranslation("setup.intro")));
        TextField name = new TextField(getTranslation("setup.name"));
        TextField username = new TextField(getTranslation("setup.username"));
        username.setHelperText(getTranslation("setup.username.help"));
        PasswordField password = new PasswordField(getTranslation("setup.password"));
        password.setHelperText(getTranslation("setup.password.help", AccountService.MIN_PASSWORD));
        PasswordField again = new PasswordField(getTranslation("setup.again"));
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        Button create = new Button(getTranslation("setup.create"), e -> {
            if (!password.getValue().equals(again.getValue())) {
                error.setText(getTranslation("setup.mismatch"));
                return;
            }
            try {
                accounts.setUp(token, username.getValue(), name.getValue(), password.getValue());
                removeAll();
                add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.created")),
                        new Anchor(Pages.TEACH, getTranslation("setup.login")));
            } catch (AccessDeniedException denied) {
                error.setText(getTranslation("setup.badlink"));
            } catch (IllegalArgumentException invalid) {
                error.setText(getTranslation("account.invalid", invalid.getMessage()));
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(name, username, password, again, error, create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " – " + getTranslation("app.name");
    }
}
