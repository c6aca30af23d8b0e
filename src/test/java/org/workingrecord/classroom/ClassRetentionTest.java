package org.workingrecord.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.grading.Answer;

/** An archived class is deleted with its students and their work some months later; a class in use never is. */
@SpringBootTest
@ActiveProfiles("test")
class ClassRetentionTest {

    static final long TEACHER = 900_313L;

    @Autowired
    ClassRetention retention;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    JdbcTemplate jdbc;

    private ClassInfo classWithWork(String name) {
        ClassInfo c = classroom.createClass(TEACHER, name);
        StudentRef anna = ((JoinOutcome.Joined) classroom.join(c.joinCode(), "Anna", new JoinClient(name + System.nanoTime(), "x"))).student();
        AssignmentInfo a = classroom.assign(TEACHER, c.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of());
        attempts.save(anna, a.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("zhukov"), SavedAnswer.NONE);
        return c;
    }

    private int rows(String sql, long classId) {
        return jdbc.queryForObject(sql, Integer.class, classId);
    }

    private ClassInfo info(long id) {
        return classroom.classesOf(TEACHER).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    @Test
    void anArchivedClassGoesWithItsWorkAfterTheSetMonthsAndAClassInUseStays() {
        assertThat(retention.months()).as("the default").isEqualTo(12);
        ClassInfo archived = classWithWork("Retention 10A");
        ClassInfo inUse = classWithWork("Retention 10B");
        ClassInfo back = classWithWork("Retention 10C");
        classroom.setArchived(TEACHER, archived.id(), true);
        classroom.setArchived(TEACHER, back.id(), true);
        classroom.setArchived(TEACHER, back.id(), false);

        ClassInfo a = info(archived.id());
        assertThat(a.archivedAt()).isNotNull();
        assertThat(info(back.id()).archivedAt()).as("brought back: not due for deletion").isNull();
        Instant due = retention.deletionDate(a).orElseThrow();
        assertThat(due).isEqualTo(a.archivedAt().atOffset(ZoneOffset.UTC).plusMonths(12).toInstant());
        assertThat(retention.deletionDate(info(inUse.id()))).isEmpty();

        // a day before: nothing goes
        retention.sweep(due.minus(Duration.ofDays(1)));
        assertThat(rows("select count(*) from school_class where id = ?", archived.id())).isEqualTo(1);
        // after: the class, its students and their answers are gone; the others stay
        assertThat(retention.sweep(due.plus(Duration.ofMinutes(1)))).isGreaterThanOrEqualTo(1);
        assertThat(rows("select count(*) from school_class where id = ?", archived.id())).isZero();
        assertThat(rows("select count(*) from student where class_id = ?", archived.id())).isZero();
        assertThat(rows("select count(*) from answer s join attempt t on s.attempt_id = t.id join student st on t.student_id = st.id"
                + " where st.class_id = ?", archived.id())).isZero();
        assertThat(rows("select count(*) from school_class where id = ?", inUse.id())).isEqualTo(1);
        assertThat(rows("select count(*) from student where class_id = ?", inUse.id())).isEqualTo(1);
        assertThat(rows("select count(*) from school_class where id = ?", back.id())).isEqualTo(1);
        // a second server sweeping at the same moment finds nothing more to delete
        assertThat(retention.sweep(due.plus(Duration.ofMinutes(1)))).isZero();
    }
}
