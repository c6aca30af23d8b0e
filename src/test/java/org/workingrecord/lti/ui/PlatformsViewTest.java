package org.workingrecord.lti.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.lti.LtiPlatform;
import org.workingrecord.support.Administrators;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** An administrator reads the tool's addresses and registers a platform with what it gave, as on the page. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "platforms.head", roles = {"TEACHER", "ADMIN"})
class PlatformsViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TeacherSeeding seeding;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorRegistersAPlatformAndIsToldWhatIsWrongFirst() {
        if (accounts.byUsername("platforms.head").isEmpty()) {
            TeacherInfo head = Administrators.seed(seeding, jdbc, "platforms.head", "Head");
        }
        navigate(PlatformsView.class);
        String addresses = find(DescriptionList.class).single().getElement().getTextRecursively();
        assertThat(addresses).contains("Login initiation URL", "/lti/login", "/lti/launch", "/lti/jwks");

        test(find(TextField.class).withLabel("Name").single()).setValue("School Moodle");
        test(find(TextField.class).withLabel("Issuer (platform ID)").single()).setValue("https://moodle.school.example");
        test(find(TextField.class).withLabel("Client ID").single()).setValue("abc123");
        test(find(TextField.class).withLabel("Authentication request URL").single()).setValue("http://moodle.school.example/mod/lti/auth.php");
        test(find(TextField.class).withLabel("Access token URL").single()).setValue("https://moodle.school.example/mod/lti/token.php");
        test(find(TextField.class).withLabel("Public keyset URL of the platform").single()).setValue("https://moodle.school.example/mod/lti/certs.php");
        test(find(TextArea.class).withLabel("Deployment IDs").single()).setValue("1");
        test(find(Button.class).withText("Register the platform").single()).click();
        assertThat(find(Paragraph.class).withText("The authentication request URL must be an https address.").exists()).isTrue();

        test(find(TextField.class).withLabel("Authentication request URL").single()).setValue("https://moodle.school.example/mod/lti/auth.php");
        test(find(Button.class).withText("Register the platform").single()).click();
        assertThat(find(Paragraph.class).withText("School Moodle is registered. Its teachers can now open Working Record from their courses.")
                .exists()).isTrue();
        var grid = test((Grid<LtiPlatform>) find(Grid.class).single());
        boolean listed = false;
        for (int row = 0; row < grid.size(); row++) {
            listed |= grid.getRow(row).issuer().equals("https://moodle.school.example") && grid.getRow(row).deploymentIds().contains("1");
        }
        assertThat(listed).isTrue();
    }
}
