package org.workingrecord.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.StudentFound;
import org.workingrecord.support.Administrators;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** An administrator finds a student by name, gives them their data and deletes it, as on the page. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "req.head", roles = {"TEACHER", "ADMIN"})
class StudentRequestsViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TeacherSeeding seeding;

    @Autowired
    ClassroomService classroom;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorFindsAStudentAndDeletesTheirDataWhenAsked() {
        if (accounts.byUsername("req.head").isEmpty()) {
            TeacherInfo head = Administrators.seed(seeding, jdbc, "req.head", "Head Teacher");
        }
        TeacherInfo owner = seeding.seedTeacher("req.owner", "Ms Owner", "long enough password");
        ClassInfo c = classroom.createClass(owner.id(), "Requests 8A");
        classroom.join(c.joinCode(), "Xénia Vass", new JoinClient("x1", "a"));
        classroom.join(c.joinCode(), "Xavér Vass", new JoinClient("x2", "a"));

        navigate(StudentRequestsView.class);
        TextField name = find(TextField.class).withLabel("Student’s name").single();
        test(name).setValue("x");
        test(find(Button.class).withText("Find").single()).click();
        assertThat(find(Paragraph.class).withText("Type at least 2 letters of the student’s name.").exists()).isTrue();

        test(name).setValue("xénia");
        test(find(Button.class).withText("Find").single()).click();
        assertThat(find(Paragraph.class).withText("One student’s name holds “xénia”.").exists()).isTrue();
        var grid = test((Grid<StudentFound>) find(Grid.class).single());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).name()).isEqualTo("Xénia Vass");
        assertThat(grid.getRow(0).teacherName()).isEqualTo("Ms Owner");
        Div actions = (Div) grid.getCellComponent(0, 4);
        Anchor data = (Anchor) actions.getComponentAt(0);
        assertThat(data.getHref()).isEqualTo("admin/students/" + grid.getRow(0).studentId() + "/export.csv");
        assertThat(data.getElement().getAttribute("aria-label")).isEqualTo("Their data (CSV): Xénia Vass, Requests 8A");

        test((Button) actions.getComponentAt(1)).click();
        ConfirmDialog asked = find(ConfirmDialog.class).single();
        assertThat(test(asked).getText()).startsWith("Xénia Vass will be taken out of Requests 8A and everything stored about them deleted");
        test(asked).confirm();
        assertThat(find(Paragraph.class).withText("Everything stored about Xénia Vass (Requests 8A) has been deleted.").exists()).isTrue();
        assertThat(classroom.roster(owner.id(), c.id())).extracting(s -> s.displayName()).isEqualTo(List.of("Xavér Vass"));
    }
}
