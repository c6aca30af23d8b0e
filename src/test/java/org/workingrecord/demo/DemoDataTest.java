package org.workingrecord.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.WorkStatus;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.StudentInfo;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;

@SpringBootTest(properties = "workingrecord.demo=true")
@ActiveProfiles("test")
class DemoDataTest {

    @Autowired
    ClassroomService classroom;

    @Autowired
    AccountService accounts;

    @Autowired
    AttemptService attempts;

    @Test
    void theDocumentedDemoCodeLetsANewcomerJoinAndFindTwoLessons() {
        JoinOutcome joined = classroom.join("READ-2345", "Demo S.", new JoinClient("demo", "127.0.0.1"));
        assertThat(joined).isInstanceOf(JoinOutcome.Joined.class);
        assertThat(classroom.assignmentsFor(((JoinOutcome.Joined) joined).student())).extracting(a -> a.lessonId())
                .containsExactly("hard-or-soft-line", "who-said-what");
    }

    @Test
    void theDemoTeacherSeesTheClassWithSampleWork() {
        TeacherInfo demo = accounts.byUsername("demo").orElseThrow();
        ClassInfo c = classroom.classesOf(demo.id()).get(0);
        assertThat(classroom.roster(demo.id(), c.id())).extracting(StudentInfo::displayName)
                .contains("Anna K.", "Ben T.", "Zsófia H.");
        long positions = classroom.assignmentsOf(demo.id(), c.id()).stream()
                .filter(a -> a.lessonId().equals("hard-or-soft-line")).findFirst().orElseThrow().id();
        assertThat(attempts.progress(demo.id(), positions)).anySatisfy(r -> assertThat(r.status()).isEqualTo(WorkStatus.SUBMITTED));
    }
}
