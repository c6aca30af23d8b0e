package org.workingrecord.worksheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.shell.NotFoundView;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;

@SpringBootTest
@ActiveProfiles("test")
class DocumentViewsTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired

    TeacherSeeding seeding;

    @Autowired
    ClassroomService classroom;

    @Test
    void aStudentFindsTheirWorksheetDownloadAndNobodyElsesWork() {
        ClassInfo c = classroom.createClass(900_051L, "10B");
        AssignmentInfo a = classroom.assign(900_051L, c.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of());
        String code = ((JoinOutcome.Joined) classroom.join(c.joinCode(), "Anna", new JoinClient("w", "a"))).resumeCode();
        UI.getCurrent().navigate("join");
        test(find(TextField.class).withLabel("Your resume code").single()).setValue(code);
        test(find(Button.class).withText("Come back to my work").single()).click();
        UI.getCurrent().navigate("work/" + a.id() + "/worksheet");
        assertThat(find(H1.class).single().getText()).isEqualTo("My completed worksheet");
        assertThat(find(Anchor.class).withText("Download my worksheet (Word)").single().getHref()).isNotBlank();

        ClassInfo other = classroom.createClass(900_052L, "11A");
        AssignmentInfo theirs = classroom.assign(900_052L, other.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of());
        navigate("work/" + theirs.id() + "/worksheet", NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "cards.teacher", roles = "TEACHER")
    void loginCardsWarnThatCodesWillChange() {
        TeacherInfo me = accounts.byUsername("cards.teacher")
                .orElseGet(() -> seeding.seedTeacher("cards.teacher", "Cards", "long enough password"));
        ClassInfo c = classroom.createClass(me.id(), "12D");
        UI.getCurrent().navigate("teach/classes/" + c.id() + "/cards");
        assertThat(find(H1.class).single().getText()).isEqualTo("Login cards");
        assertThat(find(Anchor.class).withText("Make new codes and download the cards (Word)").exists()).isTrue();
        navigate("teach/classes/" + classroom.createClass(900_053L, "Not mine").id() + "/cards", NotFoundView.class);
    }
}
