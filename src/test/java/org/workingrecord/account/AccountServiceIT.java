package org.workingrecord.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.classroom.ClassroomService;

@SpringBootTest(properties = "workingrecord.setup-token=test-setup-token-0123456789")
@ActiveProfiles("test")
@DirtiesContext
class AccountServiceIT {

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationProvider provider;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClassroomService classroom;

    private TeacherInfo admin() {
        return accounts.byUsername("admin").orElseGet(() ->
                accounts.setUp("test-setup-token-0123456789", "Admin", "Ada Admin", "correct horse battery"));
    }

    @Test
    void theFirstTeacherIsCreatedOnlyWithTheSetupTokenAndOnlyOnce() {
        if (accounts.setupNeeded()) {
            assertThatThrownBy(() -> accounts.setUp("wrong-token-0123456789", "x", "X", "long enough password"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TeacherInfo first = admin();
        assertThat(first.administrator()).isTrue();
        assertThat(accounts.setupNeeded()).isFalse();
        assertThatThrownBy(() -> accounts.setUp("test-setup-token-0123456789", "second", "S", "long enough password"))
                .isInstanceOf(AccessDeniedException.class);
        String hash = jdbc.queryForObject("select password_hash from teacher where username = 'admin'", String.class);
        assertThat(hash).startsWith("$2").doesNotContain("correct horse battery");
    }

    @Test
    void passwordsHaveAMinimumLengthAndUsernamesAreUnique() {
        TeacherInfo admin = admin();
        assertThatThrownBy(() -> accounts.addTeacher(admin.id(), "bob", "Bob", "short", false))
                .hasMessageContaining("at least 10 characters");
        accounts.addTeacher(admin.id(), "bob", "Bob Brown", "a long enough secret", false);
        assertThatThrownBy(() -> accounts.addTeacher(admin.id(), "BOB", "Bob", "a long enough secret", false))
                .hasMessageContaining("username taken");
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        TeacherInfo admin = admin();
        TeacherInfo carol = accounts.addTeacher(admin.id(), "carol", "Carol", "a long enough secret", false);
        assertThatThrownBy(() -> accounts.addTeacher(carol.id(), "dave", "Dave", "a long enough secret", false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.teachers(carol.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.removeTeacher(admin.id(), admin.id())).isInstanceOf(IllegalArgumentException.class);
        long classId = classroom.createClass(carol.id(), "Carol's class").id();
        assertThatThrownBy(() -> accounts.removeTeacher(admin.id(), carol.id())).isInstanceOf(TeacherStillHoldsException.class)
                .hasFieldOrPropertyWithValue("count", 1);
        classroom.deleteClass(carol.id(), classId);
        accounts.removeTeacher(admin.id(), carol.id());
        assertThat(accounts.byUsername("carol")).isEmpty();
    }

    @Test
    void wrongPasswordsAreSlowedDown() {
        TeacherInfo admin = admin();
        accounts.addTeacher(admin.id(), "erin", "Erin", "erin's long password", false);
        Authentication ok = provider.authenticate(new UsernamePasswordAuthenticationToken("erin", "erin's long password"));
        assertThat(ok.getAuthorities()).extracting(Object::toString).contains("ROLE_TEACHER").doesNotContain("ROLE_ADMIN");
        for (int i = 0; i < LoginThrottle.FREE_TRIES; i++) {
            assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken("erin", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken("erin", "erin's long password")))
                .as("even the right password waits").isInstanceOf(LockedException.class);
    }
}
