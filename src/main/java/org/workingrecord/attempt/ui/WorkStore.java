package org.workingrecord.attempt.ui;

import java.util.List;
import java.util.Optional;

import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.AttemptState;
import org.workingrecord.attempt.Receipt;
import org.workingrecord.attempt.ReviewItem;
import org.workingrecord.attempt.SaveOutcome;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.Arrangement;

/**
 * Where the work on a lesson page is kept: the database for a student ({@link #of}); memory for a
 * teacher's preview, so nothing of it reaches any class.
 */
interface WorkStore {

    SaveOutcome save(String key, Answer value, int seenRevision);

    Score check(String key);

    /** Where in the lesson the student now is, to open there next time. */
    void remember(int step, int part);

    List<AssignedQuestion> gaps();

    Receipt handIn();

    AttemptState reload();

    List<ReviewItem> review();

    /** Whose order of options and items the page shows. */
    long arrangementSeed();

    /** Where the browser keeps text being typed until the server has it, or empty where nothing is kept. */
    Optional<String> draftKey(String questionKey);

    /** Whether the receipt offers the completed worksheet. */
    boolean offersWorksheet();

    /** A student's work, in the database. */
    static WorkStore of(AttemptService attempts, StudentRef student, long assignmentId) {
        return new WorkStore() {
            @Override
            public SaveOutcome save(String key, Answer value, int seenRevision) {
                return attempts.save(student, assignmentId, key, value, seenRevision);
            }

            @Override
            public Score check(String key) {
                return attempts.check(student, assignmentId, key);
            }

            @Override
            public void remember(int step, int part) {
                attempts.remember(student, assignmentId, step, part);
            }

            @Override
            public List<AssignedQuestion> gaps() {
                return attempts.unanswered(student, assignmentId);
            }

            @Override
            public Receipt handIn() {
                return attempts.submit(student, assignmentId);
            }

            @Override
            public AttemptState reload() {
                return attempts.open(student, assignmentId);
            }

            @Override
            public List<ReviewItem> review() {
                return attempts.review(student, assignmentId);
            }

            @Override
            public long arrangementSeed() {
                return Arrangement.forStudent(assignmentId, student.studentId());
            }

            @Override
            public Optional<String> draftKey(String questionKey) {
                return Optional.of("wr-draft:" + student.studentId() + ":" + assignmentId + ":" + questionKey);
            }

            @Override
            public boolean offersWorksheet() {
                return true;
            }
        };
    }
}
