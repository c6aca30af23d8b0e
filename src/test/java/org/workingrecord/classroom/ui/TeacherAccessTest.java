package org.workingrecord.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;

/** Who may open teacher pages: nobody signed out, no student, no teacher on admin pages. */
@SpringBootTest
@ActiveProfiles("test")
class TeacherAccessTest extends SpringBrowserlessTest {

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        UI.getCurrent().navigate("teach");
        assertThat(find(H1.class).single().getText()).isEqualTo("Teacher sign-in");
        UI.getCurrent().navigate("lesson-check");
        assertThat(find(H1.class).single().getText()).isEqualTo("Teacher sign-in");
    }

    @Test
    @WithMockUser(username = "someone", roles = "TEACHER")
    void teachersAreNotAdministrators() {
        UI.getCurrent().navigate("admin/teachers");
        assertThat(find(H1.class).all()).extracting(H1::getText).doesNotContain("Teacher accounts");
        UI.getCurrent().navigate("admin/students");
        assertThat(find(H1.class).all()).extracting(H1::getText).doesNotContain("Students’ data on request");
        UI.getCurrent().navigate("admin/audit");
        assertThat(find(H1.class).all()).extracting(H1::getText).doesNotContain("Audit log");
        UI.getCurrent().navigate("admin/platforms");
        assertThat(find(H1.class).all()).extracting(H1::getText).doesNotContain("Learning platforms (LTI 1.3)");
    }
}
