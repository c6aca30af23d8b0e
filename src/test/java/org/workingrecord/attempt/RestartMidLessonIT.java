package org.workingrecord.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.grading.Answer;
import org.workingrecord.support.Server;

/** The server stops mid-lesson and starts again on the same database: every acknowledged answer is there. */
class RestartMidLessonIT {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return Server.start(data);
    }

    @Test
    void acknowledgedAnswersSurviveARestart() {
        String resumeCode;
        long assignmentId;
        try (ConfigurableApplicationContext first = start()) {
            ClassroomService classroom = first.getBean(ClassroomService.class);
            AttemptService attempts = first.getBean(AttemptService.class);
            ClassInfo c = classroom.createClass(900_001L, "10B");
            JoinOutcome.Joined anna = (JoinOutcome.Joined) classroom.join(c.joinCode(), "Anna", new JoinClient("s", "a"));
            resumeCode = anna.resumeCode();
            AssignmentInfo a = classroom.assign(900_001L, c.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of());
            assignmentId = a.id();
            assertThat(attempts.save(anna.student(), a.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("zhukov"),
                    SavedAnswer.NONE)).isInstanceOf(SaveOutcome.Saved.class);
            assertThat(attempts.save(anna.student(), a.id(), "quiz/open-one-speaker",
                    new Answer.Open("Zhukov wanted a firm line (line 16)."), SavedAnswer.NONE)).isInstanceOf(SaveOutcome.Saved.class);
        }
        try (ConfigurableApplicationContext second = start()) {
            ClassroomService classroom = second.getBean(ClassroomService.class);
            AttemptService attempts = second.getBean(AttemptService.class);
            JoinOutcome back = classroom.resume(resumeCode, new JoinClient("new-device", "b"));
            assertThat(back).isInstanceOf(JoinOutcome.Resumed.class);
            AttemptState state = attempts.open(((JoinOutcome.Resumed) back).student(), assignmentId);
            assertThat(state.answers()).hasSize(2);
            assertThat(state.answers().get("quiz/open-one-speaker").value())
                    .isEqualTo(new Answer.Open("Zhukov wanted a firm line (line 16)."));
        }
    }
}
