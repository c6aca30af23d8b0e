package org.workingrecord.audit.ui;

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
import org.workingrecord.audit.AuditAction;
import org.workingrecord.audit.AuditEntry;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.support.Administrators;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** The audit log as an administrator reads it: newest first, in words, narrowed by action and by words. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "log.head", roles = {"TEACHER", "ADMIN"})
class AuditViewTest extends SpringBrowserlessTest {

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
    void anAdministratorReadsWhoDidWhatNewestFirst() {
        if (accounts.byUsername("log.head").isEmpty()) {
            TeacherInfo head = Administrators.seed(seeding, jdbc, "log.head", "Head Teacher");
        }
        TeacherInfo owner = seeding.seedTeacher("log.owner", "Mr Logger", "long enough password");
        ClassInfo c = classroom.createClass(owner.id(), "Logged 7A");
        long kata = ((JoinOutcome.Joined) classroom.join(c.joinCode(), "Kata Nemes", new JoinClient("l1", "a"))).student().studentId();
        classroom.join(c.joinCode(), "Lili Nemes", new JoinClient("l2", "a"));
        classroom.removeStudent(owner.id(), kata);
        classroom.deleteClass(owner.id(), c.id());

        navigate(AuditView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Audit log");
        test(find(TextField.class).withLabel("Find words").single()).setValue("Logged 7A");
        var grid = test((Grid<AuditEntry>) find(Grid.class).single());
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Mr Logger");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Deleted");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Logged 7A");
        assertThat(grid.getCellText(0, 5)).isEqualTo("Deleted the class with its one student and all their work");
        assertThat(grid.getCellText(1, 2)).isEqualTo("Removed");
        assertThat(grid.getCellText(1, 4)).isEqualTo("A student whose data was deleted (no. " + kata + ")");

        Select<AuditAction> action = find(Select.class).withLabel("What was done").single();
        test(action).selectItem("Removed");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(List.of(grid.getCellText(0, 2))).containsExactly("Removed");
    }
}
