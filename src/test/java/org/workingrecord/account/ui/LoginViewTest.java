package org.workingrecord.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.TooManyTriesException;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

/** The sign-in page says why a sign-in failed: a wrong password, or too many and how long to wait. */
@SpringBootTest
@ActiveProfiles("test")
class LoginViewTest extends SpringBrowserlessTest {

    private String errorShownAfter(Exception reason) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, reason);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        return form.getElement().getPropertyRaw("i18n").toString();
    }

    @Test
    void aWrongPasswordAndALockOutAreToldApart() {
        assertThat(errorShownAfter(new BadCredentialsException("bad"))).contains("The username or password is wrong.")
                .doesNotContain("Wait");
        assertThat(errorShownAfter(new TooManyTriesException(90))).contains("Too many wrong passwords")
                .contains("Wait 2 minutes, then try again.");
        assertThat(errorShownAfter(new TooManyTriesException(20))).contains("Wait one minute, then try again.");
    }
}
