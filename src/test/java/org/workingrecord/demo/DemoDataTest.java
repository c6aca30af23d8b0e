package org.workingrecord.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;

@SpringBootTest(properties = "workingrecord.demo=true")
@ActiveProfiles("test")
class DemoDataTest {

    @Autowired
    ClassroomService classroom;

    @Test
    void theDocumentedDemoCodeLetsANewcomerJoinAndFindTwoLessons() {
        JoinOutcome joined = classroom.join("READ-2345", "Demo S.", new JoinClient("demo", "127.0.0.1"));
        assertThat(joined).isInstanceOf(JoinOutcome.Joined.class);
        assertThat(classroom.assignmentsFor(((JoinOutcome.Joined) joined).student())).extracting(a -> a.lessonId())
                .containsExactly("hard-or-soft-line", "who-said-what");
    }
}
