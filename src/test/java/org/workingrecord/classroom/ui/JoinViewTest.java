package org.workingrecord.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

@SpringBootTest
@ActiveProfiles("test")
class JoinViewTest extends SpringBrowserlessTest {

    @Autowired
    ClassroomService classroom;

    private void type(String label, String value) {
        test(find(TextField.class).withLabel(label).single()).setValue(value);
    }

    private void press(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    @Test
    void aStudentJoinsSeesTheResumeCodeOnceAndGoesToTheirWork() {
        ClassInfo c = classroom.createClass(900_001L, "10B History");
        navigate(JoinView.class);
        type("Class code", c.joinCode().toLowerCase());
        type("Your name", "Anna K.");
        press("Join the class");

        assertThat(find(H1.class).single().getText()).isEqualTo("You are in, Anna K.!");
        String code = find(Span.class).withClassName("resume-code").single().getText();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(classroom.resume(code, new JoinClient("other", "x"))).isInstanceOf(JoinOutcome.Resumed.class);
        assertThat(find(Button.class).withText("Print my code").exists()).isTrue();

        press("Go to my work");
        assertThat(find(H1.class).single().getText()).isEqualTo("My work");
    }

    @Test
    void wrongCodesAndTakenNamesSayWhatToDo() {
        ClassInfo c = classroom.createClass(900_001L, "10B");
        navigate(JoinView.class);
        type("Class code", "ZZZZ-ZZZ2");
        type("Your name", "Anna");
        press("Join the class");
        TextField code = find(TextField.class).withLabel("Class code").single();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("There is no class with the code ZZZZ-ZZZ2. Check the code your teacher gave you.");

        classroom.join(c.joinCode(), "Anna", new JoinClient("earlier", "x"));
        type("Class code", c.joinCode());
        press("Join the class");
        TextField name = find(TextField.class).withLabel("Your name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("Someone in this class already uses the name “Anna”.");
    }

    @Test
    void aStudentComesBackWithTheResumeCodeAndCanSignOut() {
        ClassInfo c = classroom.createClass(900_001L, "10B");
        String code = ((JoinOutcome.Joined) classroom.join(c.joinCode(), "Ben", new JoinClient("earlier", "x"))).resumeCode();
        navigate(JoinView.class);
        type("Your resume code", code);
        press("Come back to my work");
        assertThat(find(H1.class).single().getText()).isEqualTo("My work");
        press("Sign out");
        UI.getCurrent().navigate("my-work");
        assertThat(find(H1.class).single().getText()).as("signed out: back to joining").isEqualTo("Join your class");
    }
}
