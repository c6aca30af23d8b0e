package org.workingrecord.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.AccountService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

@SpringBootTest(properties = "workingrecord.setup-token=admin-view-setup-token-0123")
@ActiveProfiles("test")
@WithMockUser(username = "the.admin", roles = {"TEACHER", "ADMIN"})
class TeachersViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Test
    void anAdministratorAddsATeacherWithAFirstPassword() {
        if (accounts.byUsername("the.admin").isEmpty()) {
            accounts.setUp("admin-view-setup-token-0123", "the.admin", "The Admin", "long enough password");
        }
        navigate(TeachersView.class);
        test(find(TextField.class).withLabel("Your name (as students see it)").single()).setValue("Kata Nagy");
        test(find(TextField.class).withLabel("Username").single()).setValue("k.nagy");
        test(find(PasswordField.class).withLabel("First password (give it to them in person)").single()).setValue("short");
        test(find(Button.class).withText("Add the teacher").single()).click();
        assertThat(find(Paragraph.class).withTextContaining("at least 10 characters").exists()).isTrue();
        test(find(PasswordField.class).withLabel("First password (give it to them in person)").single()).setValue("a long first password");
        test(find(Button.class).withText("Add the teacher").single()).click();
        assertThat(find(Paragraph.class).withText("Account k.nagy added.").exists()).isTrue();
        assertThat(accounts.byUsername("k.nagy")).isPresent();
    }
}
