package org.workingrecord.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassRetention;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.classroom.StudentFound;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.Answer;
import org.workingrecord.support.Administrators;

/**
 * What teachers and administrators do with students' data is written down, readable only by administrators, and
 * keeps no student's name once their data is deleted (checked in the database, not only on the page).
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditLogTest {

    @Autowired
    AuditLog audit;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    ClassRetention retention;

    @Autowired
    TeacherSeeding seeding;

    @Autowired
    JdbcTemplate jdbc;

    private TeacherInfo admin(String username) {
        TeacherInfo t = Administrators.seed(seeding, jdbc, username, "Head " + username);
        return t;
    }

    private StudentRef join(ClassInfo c, String name) {
        return ((JoinOutcome.Joined) classroom.join(c.joinCode(), name, new JoinClient(name + System.nanoTime(), "a"))).student();
    }

    /** This class's rows, newest first, as the administrator reads them. */
    private List<AuditEntry> rowsOf(long adminId, String className) {
        return audit.entries(adminId, new AuditFilter(null, className), 0, 200);
    }

    @Test
    void markingViewingAndDownloadingAreWrittenDownWithWhoWhenAndWhat() {
        TeacherInfo admin = admin("audit.head1");
        TeacherInfo owner = seeding.seedTeacher("audit.t1", "Ms Auditt", "long enough password");
        ClassInfo c = classroom.createClass(owner.id(), "Audit 9A");
        StudentRef anna = join(c, "Annabel Q");
        AssignmentInfo a = classroom.assign(owner.id(), c.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of());
        attempts.save(anna, a.id(), "quiz/open-one-speaker", new Answer.Open("Zhukov was firm."), SavedAnswer.NONE);
        attempts.submit(anna, a.id());
        Instant before = Instant.now().minusSeconds(1);

        attempts.openAnswersOf(owner.id(), a.id(), anna.studentId());
        attempts.openAnswers(owner.id(), a.id(), "quiz/open-one-speaker");
        attempts.grade(owner.id(), a.id(), anna.studentId(), "quiz/open-one-speaker", 2, "Quote the line.");
        attempts.releaseGrades(owner.id(), a.id());
        attempts.reopen(owner.id(), a.id(), anna.studentId());

        List<AuditEntry> rows = rowsOf(admin.id(), "Audit 9A");
        assertThat(rows).extracting(AuditEntry::action).containsExactly(AuditAction.GRADED, AuditAction.GRADED,
                AuditAction.GRADED, AuditAction.VIEWED, AuditAction.VIEWED);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.actor()).isEqualTo("Ms Auditt");
            assertThat(r.byAdministrator()).isFalse();
            assertThat(r.className()).isEqualTo("Audit 9A");
            assertThat(r.at()).isAfter(before);
        });
        AuditEntry graded = rows.get(2);
        assertThat(graded.student()).isEqualTo("Annabel Q");
        assertThat(graded.detail()).startsWith("Marked “").contains("in “Who said what? Reading a Kremlin working record”: 2 of ")
                .doesNotContain("quiz/open-one-speaker");
        assertThat(rows.get(1).student()).as("releasing marks is for the class").isEmpty();
        assertThat(rows.get(1).detail()).isEqualTo("Released the marks and comments of “Who said what? Reading a Kremlin working record” to the class");
        assertThat(rows.get(3).detail()).startsWith("Opened every student’s answer to “");
        assertThat(rows.get(4).student()).isEqualTo("Annabel Q");

        // a mark out of range is refused and leaves no row
        assertThatThrownBy(() -> attempts.grade(owner.id(), a.id(), anna.studentId(), "quiz/open-one-speaker", 99, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rowsOf(admin.id(), "Audit 9A")).hasSize(5);

        // narrowed by action, and by words of the details
        assertThat(audit.entries(admin.id(), new AuditFilter(AuditAction.VIEWED, "Audit 9A"), 0, 50)).hasSize(2);
        assertThat(audit.count(admin.id(), new AuditFilter(AuditAction.VIEWED, "Audit 9A"))).isEqualTo(2);
        assertThat(audit.entries(admin.id(), new AuditFilter(null, "ms auditt"), 0, 50)).hasSize(5);
        assertThat(audit.entries(admin.id(), new AuditFilter(null, "100%_no"), 0, 50)).as("wildcards are words").isEmpty();
        // paged as a grid asks
        assertThat(audit.entries(admin.id(), new AuditFilter(null, "Audit 9A"), 2, 2)).containsExactlyElementsOf(rows.subList(2, 4));
    }

    @Test
    void onlyAdministratorsReadTheLogOrActOnAnotherTeachersStudents() {
        TeacherInfo owner = seeding.seedTeacher("audit.t2", "Mr Plain", "long enough password");
        ClassInfo c = classroom.createClass(owner.id(), "Audit 9B");
        StudentRef ben = join(c, "Benedek R");
        assertThatThrownBy(() -> audit.entries(owner.id(), AuditFilter.ALL, 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(owner.id(), AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classroom.findStudents(owner.id(), "Benedek")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classroom.ownerOfStudent(owner.id(), ben.studentId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classroom.deleteStudentOnRequest(owner.id(), ben.studentId())).isInstanceOf(AccessDeniedException.class);
        assertThat(classroom.roster(owner.id(), c.id())).hasSize(1);
    }

    @Test
    void deletingAStudentLeavesNoNameOfTheirsInTheLog() {
        TeacherInfo admin = admin("audit.head3");
        TeacherInfo owner = seeding.seedTeacher("audit.t3", "Ms Remover", "long enough password");
        ClassInfo c = classroom.createClass(owner.id(), "Audit 9C");
        StudentRef zs = join(c, "Zsuzsanna Tóth");
        StudentRef ivan = join(c, "Ivan Petrov");
        AssignmentInfo a = classroom.assign(owner.id(), c.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of());
        attempts.save(zs, a.id(), "quiz/open-one-speaker", new Answer.Open("Molotov wanted more."), SavedAnswer.NONE);
        attempts.grade(owner.id(), a.id(), zs.studentId(), "quiz/open-one-speaker", 1, "Which line?");
        assertThat(rowsOf(admin.id(), "Audit 9C")).extracting(AuditEntry::student).containsExactly("Zsuzsanna Tóth");

        // the teacher removes one; an administrator deletes the other on request
        classroom.removeStudent(owner.id(), zs.studentId());
        List<StudentFound> found = classroom.findStudents(admin.id(), "  ivan ");
        assertThat(found).extracting(StudentFound::name, StudentFound::className, StudentFound::teacherName)
                .contains(tuple("Ivan Petrov", "Audit 9C", "Ms Remover"));
        classroom.deleteStudentOnRequest(admin.id(), ivan.studentId());
        assertThat(classroom.findStudents(admin.id(), "Ivan Petrov")).isEmpty();

        List<AuditEntry> rows = rowsOf(admin.id(), "Audit 9C");
        assertThat(rows).extracting(AuditEntry::action).containsExactly(AuditAction.DELETED, AuditAction.REMOVED, AuditAction.GRADED);
        assertThat(rows.get(0).actor()).isEqualTo("Head audit.head3");
        assertThat(rows.get(0).byAdministrator()).isTrue();
        assertThat(rows.get(0).detail()).isEqualTo("Deleted everything stored about the student, on request");
        assertThat(rows.get(0).student()).isEqualTo("A student whose data was deleted (no. " + ivan.studentId() + ")");
        assertThat(rows.get(1).detail()).isEqualTo("Took the student out of the class, with all their work");
        assertThat(rows.get(2).student()).as("the earlier row too").isEqualTo("A student whose data was deleted (no. " + zs.studentId() + ")");

        // in the database: the students are gone and no row of the log holds their names
        assertThat(jdbc.queryForObject("select count(*) from student where id in (?, ?)", Integer.class, zs.studentId(), ivan.studentId())).isZero();
        for (Map<String, Object> row : jdbc.queryForList("select * from audit_event where class_id = ?", c.id())) {
            assertThat(row.values().toString()).doesNotContain("Zsuzsanna").doesNotContain("Tóth").doesNotContain("Ivan").doesNotContain("Petrov");
        }
    }

    @Test
    void theAppsOwnDeletionsAreWrittenDownAndOldRowsGoInTime() {
        TeacherInfo admin = admin("audit.head4");
        TeacherInfo owner = seeding.seedTeacher("audit.t4", "Mr Archive", "long enough password");
        ClassInfo gone = classroom.createClass(owner.id(), "Audit 9D");
        join(gone, "Dora K");
        join(gone, "Emil L");
        ClassInfo deleted = classroom.createClass(owner.id(), "Audit 9E");
        join(deleted, "Fanni M");
        classroom.setArchived(owner.id(), gone.id(), true);
        Instant archivedAt = classroom.classesOf(owner.id()).stream().filter(x -> x.id() == gone.id()).findFirst().orElseThrow().archivedAt();
        retention.sweep(archivedAt.atOffset(ZoneOffset.UTC).plusMonths(retention.months()).toInstant().plus(Duration.ofMinutes(1)));
        classroom.deleteClass(owner.id(), deleted.id());

        AuditEntry expired = rowsOf(admin.id(), "Audit 9D").getFirst();
        assertThat(expired.action()).isEqualTo(AuditAction.DELETED);
        assertThat(expired.actor()).isEqualTo("Working Record (automatic deletion)");
        assertThat(expired.student()).isEmpty();
        assertThat(expired.detail()).startsWith("Deleted the class with its 2 students and all their work: it had been archived");
        AuditEntry byTeacher = rowsOf(admin.id(), "Audit 9E").getFirst();
        assertThat(byTeacher.actor()).isEqualTo("Mr Archive");
        assertThat(byTeacher.detail()).isEqualTo("Deleted the class with its one student and all their work");

        // rows are kept the set months, then deleted
        Instant now = Instant.now();
        audit.sweep(now.atOffset(ZoneOffset.UTC).plusMonths(audit.keptMonths()).minusDays(1).toInstant());
        assertThat(rowsOf(admin.id(), "Audit 9E")).hasSize(1);
        audit.sweep(now.atOffset(ZoneOffset.UTC).plusMonths(audit.keptMonths()).plusMinutes(1).toInstant());
        assertThat(rowsOf(admin.id(), "Audit 9E")).isEmpty();
    }
}
