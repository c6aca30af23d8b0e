package org.workingrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.AttemptState;
import org.workingrecord.attempt.SaveOutcome;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.backup.BackupFiles;
import org.workingrecord.backup.DatabaseBackup;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.grading.Answer;
import org.workingrecord.support.Server;

/**
 * The restore drill for the embedded database: a backup taken while the server runs, more work
 * after it, the server stopped, the backup restored with the command-line tool, and the server
 * started again: the work as it was at the backup, the student's resume code still opening it.
 */
class BackupRestoreIT {

    private static final long TEACHER = 930_001L;
    private static final String QUESTION = "quiz/open-one-speaker";

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return Server.start(data);
    }

    private record Ran(int code, String out, String err) {
        static Ran cli(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Ran(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void backUpWriteMoreRestoreAndFindTheWorkAsItWas() throws Exception {
        String annasCode;
        String bensCode;
        long assignmentId;
        Path backup;
        try (ConfigurableApplicationContext before = start()) {
            ClassroomService classroom = before.getBean(ClassroomService.class);
            AttemptService attempts = before.getBean(AttemptService.class);
            ClassInfo c = classroom.createClass(TEACHER, "10B");
            JoinOutcome.Joined anna = (JoinOutcome.Joined) classroom.join(c.joinCode(), "Anna", new JoinClient("s", "a"));
            annasCode = anna.resumeCode();
            AssignmentInfo a = classroom.assign(TEACHER, c.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of());
            assignmentId = a.id();
            SaveOutcome first = attempts.save(anna.student(), a.id(), QUESTION, new Answer.Open("Before the backup."), SavedAnswer.NONE);
            assertThat(first).isInstanceOf(SaveOutcome.Saved.class);

            backup = before.getBean(DatabaseBackup.class).backUp().orElseThrow();
            assertThat(backup.getParent()).isEqualTo(data.toAbsolutePath().resolve("backups"));
            try (ZipFile zip = new ZipFile(backup.toFile())) {
                assertThat(zip.getEntry(BackupFiles.DATABASE)).isNotNull();
                assertThat(zip.getEntry(BackupFiles.KEY)).as("the resume-code key goes with the database").isNotNull();
            }

            // more work after the backup: a changed answer and a new student
            attempts.save(anna.student(), a.id(), QUESTION, new Answer.Open("After the backup."),
                    ((SaveOutcome.Saved) first).revision());
            bensCode = ((JoinOutcome.Joined) classroom.join(c.joinCode(), "Ben", new JoinClient("t", "b"))).resumeCode();

            Ran refused = Ran.cli("restore", backup.toString(), data.toString());
            assertThat(refused.code()).as("not while the server runs").isEqualTo(Cli.PROBLEMS);
            assertThat(refused.err()).contains("in use: stop the server first");
        }

        Ran restored = Ran.cli("restore", backup.toString(), data.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("and its resume-code key").contains("before-restore-");

        try (ConfigurableApplicationContext after = start()) {
            ClassroomService classroom = after.getBean(ClassroomService.class);
            AttemptService attempts = after.getBean(AttemptService.class);
            JoinOutcome anna = classroom.resume(annasCode, new JoinClient("new-device", "c"));
            assertThat(anna).as("the restored key opens the restored codes").isInstanceOf(JoinOutcome.Resumed.class);
            AttemptState state = attempts.open(((JoinOutcome.Resumed) anna).student(), assignmentId);
            assertThat(state.answers().get(QUESTION).value()).isEqualTo(new Answer.Open("Before the backup."));
            assertThat(classroom.resume(bensCode, new JoinClient("new-device-2", "d")))
                    .as("who joined after the backup is not in it").isInstanceOf(JoinOutcome.Refused.class);
        }
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("before-restore-"));
        }
    }
}
