package org.workingrecord.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.classroom.JoinOutcome.Reason;

@SpringBootTest
@ActiveProfiles("test")
class ClassroomServiceTest {

    @Autowired
    ClassroomService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    private static int clients;

    private static JoinClient newClient() {
        return new JoinClient("session-" + ++clients, "10.0.0." + clients);
    }

    private static Reason refusal(JoinOutcome outcome) {
        assertThat(outcome).isInstanceOf(JoinOutcome.Refused.class);
        return ((JoinOutcome.Refused) outcome).reason();
    }

    @Test
    void joinCodesUseNoLookAlikes() {
        ClassInfo c = service.createClass(900_001L, "10B History");
        assertThat(c.joinCode()).hasSize(8).doesNotContainPattern("[01OIL]").matches("[" + Codes.ALPHABET + "]{8}");
    }

    @Test
    void aStudentJoinsAndComesBackWithTheResumeCode() {
        ClassInfo c = service.createClass(900_001L, "10B History");
        JoinClient client = newClient();
        JoinOutcome joined = service.join(" " + c.joinCode().toLowerCase().substring(0, 4) + "-" + c.joinCode().substring(4), "Anna K.", client);
        assertThat(joined).isInstanceOf(JoinOutcome.Joined.class);
        JoinOutcome.Joined j = (JoinOutcome.Joined) joined;
        assertThat(j.student().displayName()).isEqualTo("Anna K.");
        assertThat(j.student().className()).isEqualTo("10B History");

        JoinOutcome back = service.resume(Codes.display(j.resumeCode()).toLowerCase(), newClient());
        assertThat(back).isEqualTo(new JoinOutcome.Resumed(j.student()));
        // only a hash of the resume code is stored, and nothing but the name
        assertThat(jdbc.queryForList("select * from student where id = ?", j.student().studentId()).get(0))
                .containsOnlyKeys("ID", "CLASS_ID", "DISPLAY_NAME", "NAME_KEY", "RESUME_CODE_HASH", "CREATED_AT")
                .doesNotContainValue(j.resumeCode());
        // the app's Flyway ran the Java migration that keys old hashes (a bean, not a file Flyway finds)
        assertThat(flyway.info().applied()).anySatisfy(m -> assertThat(m.getScript()).contains("V4__Key_resume_codes"));
        // keyed (ResumeCodeKey), not the code's plain SHA-256 that a copied database would give away
        assertThat(jdbc.queryForObject("select resume_code_hash from student where id = ?", String.class, j.student().studentId()))
                .startsWith("k:").doesNotContain(Codes.digest(j.resumeCode()));
    }

    @Test
    void aNameCannotBeTakenTwiceByTypingIt() {
        ClassInfo c = service.createClass(900_001L, "10B");
        assertThat(service.join(c.joinCode(), "Anna K.", newClient())).isInstanceOf(JoinOutcome.Joined.class);
        assertThat(refusal(service.join(c.joinCode(), "  anna   k. ", newClient()))).isEqualTo(Reason.NAME_TAKEN);
    }

    @Test
    void namesAreCheckedWithClearReasons() {
        ClassInfo c = service.createClass(900_001L, "10B");
        assertThat(refusal(service.join(c.joinCode(), "   ", newClient()))).isEqualTo(Reason.NAME_EMPTY);
        assertThat(refusal(service.join(c.joinCode(), "A".repeat(41), newClient()))).isEqualTo(Reason.NAME_TOO_LONG);
        assertThat(refusal(service.join(c.joinCode(), "anna@school.org", newClient()))).isEqualTo(Reason.NAME_INVALID);
        assertThat(service.join(c.joinCode(), "Zsófia Ő.", newClient())).isInstanceOf(JoinOutcome.Joined.class);
        assertThat(service.join(c.joinCode(), "Ёлка Д.", newClient())).isInstanceOf(JoinOutcome.Joined.class);
    }

    @Test
    void wrongLockedAndArchivedClasses() {
        ClassInfo c = service.createClass(900_001L, "10B");
        assertThat(refusal(service.join("ABC", "Anna", newClient()))).isEqualTo(Reason.MALFORMED_CODE);
        assertThat(refusal(service.join("ZZZZZZZZ".equals(c.joinCode()) ? "YYYYYYYY" : "ZZZZZZZZ", "Anna", newClient())))
                .isEqualTo(Reason.UNKNOWN_CLASS);
        service.setJoiningLocked(900_001L, c.id(), true);
        assertThat(refusal(service.join(c.joinCode(), "Anna", newClient()))).isEqualTo(Reason.JOINING_LOCKED);
        service.setJoiningLocked(900_001L, c.id(), false);
        service.setArchived(900_001L, c.id(), true);
        assertThat(refusal(service.join(c.joinCode(), "Anna", newClient()))).isEqualTo(Reason.CLASS_ARCHIVED);
    }

    @Test
    void repeatedWrongTriesAreSlowedDownForThatClientOnly() {
        ClassInfo c = service.createClass(900_001L, "10B");
        JoinClient guesser = newClient();
        for (int i = 0; i < JoinThrottle.PER_CLIENT; i++) {
            assertThat(refusal(service.resume("AAAAAAAA", guesser))).isEqualTo(Reason.UNKNOWN_RESUME_CODE);
        }
        JoinOutcome slowed = service.join(c.joinCode(), "Anna", guesser);
        assertThat(refusal(slowed)).isEqualTo(Reason.TOO_MANY_TRIES);
        assertThat(((JoinOutcome.Refused) slowed).waitSeconds()).isBetween(1L, 60L);
        // a classmate in the same room is not held up
        assertThat(service.join(c.joinCode(), "Ben", new JoinClient("other-session", guesser.address())))
                .isInstanceOf(JoinOutcome.Joined.class);
    }

    @Test
    void aSchoolAddressAtItsLimitStillLetsARightCodeIn() {
        ClassInfo c = service.createClass(900_001L, "10B");
        String school = "school-" + System.nanoTime();
        String wrong = c.joinCode().equals("BBBBBBBB") ? "CCCCCCCC" : "BBBBBBBB";
        // one pupil's script, a new browser session for every try, all from the school's one address
        for (int i = 0; i < JoinThrottle.PER_ADDRESS; i++) {
            assertThat(refusal(service.join(wrong, "Prank", new JoinClient("prank-" + i, school)))).isEqualTo(Reason.UNKNOWN_CLASS);
        }
        // wrong codes from there now wait, and say nothing about whether a code exists
        assertThat(refusal(service.join(wrong, "Prank", new JoinClient("prank-more", school)))).isEqualTo(Reason.TOO_MANY_TRIES);
        assertThat(refusal(service.resume("DDDDDDDD", new JoinClient("prank-resume", school)))).isEqualTo(Reason.TOO_MANY_TRIES);
        // the class, behind the same address, still gets in: joining, and coming back with a resume code
        JoinOutcome anna = service.join(c.joinCode(), "Anna", new JoinClient("anna", school));
        assertThat(anna).isInstanceOf(JoinOutcome.Joined.class);
        assertThat(service.resume(((JoinOutcome.Joined) anna).resumeCode(), new JoinClient("anna-tablet", school)))
                .isInstanceOf(JoinOutcome.Resumed.class);
    }

    @Test
    void teachersManageOnlyTheirOwnClasses() {
        ClassInfo mine = service.createClass(900_001L, "10B");
        long other = 900_002L;
        assertThat(service.classesOf(900_001L)).extracting(ClassInfo::id).contains(mine.id());
        assertThat(service.classesOf(other)).extracting(ClassInfo::id).doesNotContain(mine.id());
        assertThatThrownBy(() -> service.rename(other, mine.id(), "Mine now")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.roster(other, mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.assign(other, mine.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.deleteClass(other, mine.id())).isInstanceOf(AccessDeniedException.class);
        JoinOutcome.Joined anna = (JoinOutcome.Joined) service.join(mine.joinCode(), "Anna", newClient());
        assertThatThrownBy(() -> service.removeStudent(other, anna.student().studentId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetResumeCode(other, anna.student().studentId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewResumeCodeReplacesTheOldOneAndANewJoinCodeKeepsTheStudents() {
        ClassInfo c = service.createClass(900_001L, "10B");
        JoinOutcome.Joined anna = (JoinOutcome.Joined) service.join(c.joinCode(), "Anna", newClient());
        String fresh = service.resetResumeCode(900_001L, anna.student().studentId());
        assertThat(refusal(service.resume(anna.resumeCode(), newClient()))).isEqualTo(Reason.UNKNOWN_RESUME_CODE);
        assertThat(service.resume(fresh, newClient())).isInstanceOf(JoinOutcome.Resumed.class);
        ClassInfo renewed = service.regenerateJoinCode(900_001L, c.id());
        assertThat(renewed.joinCode()).isNotEqualTo(c.joinCode());
        assertThat(refusal(service.join(c.joinCode(), "Ben", newClient()))).isEqualTo(Reason.UNKNOWN_CLASS);
        assertThat(service.roster(900_001L, c.id())).extracting(StudentInfo::displayName).containsExactly("Anna");
        service.removeStudent(900_001L, anna.student().studentId());
        assertThat(service.roster(900_001L, c.id())).isEmpty();
        assertThat(service.current(anna.student().studentId())).isEmpty();
        service.deleteClass(900_001L, c.id());
        assertThat(service.classesOf(900_001L)).extracting(ClassInfo::id).doesNotContain(c.id());
    }

    @Test
    void studentsSeeOnlyTheirOwnClassAssignments() {
        ClassInfo mine = service.createClass(900_001L, "10B");
        ClassInfo other = service.createClass(900_001L, "11A");
        StudentRef anna = ((JoinOutcome.Joined) service.join(mine.joinCode(), "Anna", newClient())).student();
        AssignmentInfo ours = service.assign(900_001L, mine.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of());
        AssignmentInfo theirs = service.assign(900_001L, other.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of());
        assertThat(ours.activityIds()).containsExactly("reading", "quiz");
        assertThat(service.assignmentsFor(anna)).extracting(AssignmentInfo::id).containsExactly(ours.id());
        assertThat(service.assignmentFor(anna, ours.id())).isPresent();
        assertThat(service.assignmentFor(anna, theirs.id())).isEmpty();
        service.withdraw(900_001L, ours.id());
        assertThat(service.assignmentFor(anna, ours.id())).isEmpty();
    }
}
