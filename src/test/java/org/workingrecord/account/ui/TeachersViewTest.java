package org.workingrecord.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.classroom.ClassroomService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

@SpringBootTest(properties = "workingrecord.setup-token=admin-view-setup-token-0123")
@ActiveProfiles("test")
@WithMockUser(username = "the.admin", roles = {"TEACHER", "ADMIN"})
class TeachersViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ClassroomService classroom;

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

    @Test
    void aTeacherWithClassesIsNotRemovedAndTheAdministratorIsToldWhy() {
        if (accounts.byUsername("the.admin").isEmpty()) {
            accounts.setUp("admin-view-setup-token-0123", "the.admin", "The Admin", "long enough password");
        }
        TeacherInfo admin = accounts.byUsername("the.admin").orElseThrow();
        TeacherInfo zsofia = accounts.addTeacher(admin.id(), "z.kiss", "Zsófia Kiss", "a long first password", false);
        long first = classroom.createClass(zsofia.id(), "10A History").id();
        long second = classroom.createClass(zsofia.id(), "11B History").id();

        navigate(TeachersView.class);
        // asked first; keeping the account (the main choice) changes nothing
        test(removeButton("z.kiss")).click();
        ConfirmDialog asked = find(ConfirmDialog.class).single();
        assertThat(test(asked).getText()).isEqualTo("Zsófia Kiss (z.kiss) will no longer be able to sign in. This cannot be undone.");
        assertThat(asked.getElement().getProperty("confirmText")).isEqualTo("Keep the account");
        test(asked).confirm();
        assertThat(find(Paragraph.class).withId("removal-status").single().getText()).isEmpty();

        clickRemove("z.kiss");
        assertThat(find(Paragraph.class).withId("removal-status").single().getText())
                .isEqualTo("Zsófia Kiss cannot be removed yet: they still have 2 classes. Ask them to delete their classes"
                        + " first (their students' work goes with them), or keep the account.");
        assertThat(accounts.byUsername("z.kiss")).isPresent();

        classroom.deleteClass(zsofia.id(), first);
        clickRemove("z.kiss");
        assertThat(find(Paragraph.class).withId("removal-status").single().getText()).contains("they still have one class");

        classroom.deleteClass(zsofia.id(), second);
        clickRemove("z.kiss");
        assertThat(find(Paragraph.class).withId("removal-status").single().getText())
                .isEqualTo("The account of Zsófia Kiss has been removed.");
        assertThat(accounts.byUsername("z.kiss")).isEmpty();
        assertThat(rowOf("z.kiss")).isEqualTo(-1);
    }

    /** The grid row of a username, or -1. */
    @SuppressWarnings("unchecked")
    private int rowOf(String username) {
        var grid = test((Grid<TeacherInfo>) find(Grid.class).single());
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).username().equals(username)) {
                return row;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private Button removeButton(String username) {
        var grid = test((Grid<TeacherInfo>) find(Grid.class).single());
        Button remove = (Button) grid.getCellComponent(rowOf(username), 3);
        assertThat(remove.getElement().getAttribute("aria-label")).isEqualTo("Remove: " + grid.getRow(rowOf(username)).displayName());
        return remove;
    }

    /** Remove, and answer "Remove the account" when asked. */
    private void clickRemove(String username) {
        test(removeButton(username)).click();
        test(find(ConfirmDialog.class).single()).reject();
    }
}
