package org.workingrecord.attempt;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.AnswerValue;
import org.workingrecord.grading.Grading;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LoadedLesson;

/**
 * A student's work: every answer is written when given, guarded against two tabs overwriting each
 * other, and locked once submitted. Every method checks that the work is the student's own.
 */
@Service
public class AttemptService {

    public static final int MAX_ANSWER_CHARS = 20_000;

    private final AttemptRepository attempts;
    private final AnswerRepository answers;
    private final ClassroomService classroom;
    private final LessonCatalog catalog;
    private final TransactionTemplate tx;
    private final Clock clock;

    AttemptService(AttemptRepository attempts, AnswerRepository answers, ClassroomService classroom, LessonCatalog catalog,
                   PlatformTransactionManager transactions, Clock clock) {
        this.attempts = attempts;
        this.answers = answers;
        this.classroom = classroom;
        this.catalog = catalog;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The assignment with its lesson, if the student may open it; otherwise {@link NotYoursException}. */
    public Work work(StudentRef student, long assignmentId) {
        AssignmentInfo assignment = classroom.assignmentFor(student, assignmentId).orElseThrow(NotYoursException::new);
        LoadedLesson lesson = catalog.lesson(assignment.lessonId()).orElseThrow(NotYoursException::new);
        return new Work(assignment, lesson, AssignedQuestion.all(lesson, assignment));
    }

    /** Loads (and on first visit starts) the student's work. */
    @Transactional
    public AttemptState open(StudentRef student, long assignmentId) {
        work(student, assignmentId);
        Attempt attempt = attempts.findByAssignmentIdAndStudentId(assignmentId, student.studentId())
                .orElseGet(() -> attempts.save(new Attempt(assignmentId, student.studentId(), clock.instant())));
        Map<String, SavedAnswer> saved = new HashMap<>();
        answers.findByAttemptId(attempt.id()).forEach(a -> saved.put(a.questionKey(), saved(a)));
        return new AttemptState(status(attempt), attempt.submittedAt(), attempt.gradesReleased(), saved);
    }

    /**
     * Writes one answer. {@code expectedRevision} is the revision this page last saw
     * ({@link SavedAnswer#NONE} if none); if another tab saved since, nothing is written and the
     * other save is returned, so the page can show the conflict.
     */
    public SaveOutcome save(StudentRef student, long assignmentId, String questionKey, AnswerValue value, int expectedRevision) {
        Work work = work(student, assignmentId);
        if (work.question(questionKey).isEmpty()) {
            throw new IllegalArgumentException("no question " + questionKey + " in assignment " + assignmentId);
        }
        String encoded = value.encode();
        if (encoded.length() > MAX_ANSWER_CHARS) {
            throw new IllegalArgumentException("answer too long");
        }
        try {
            return tx.execute(status -> {
                Attempt attempt = attempts.findByAssignmentIdAndStudentId(assignmentId, student.studentId())
                        .orElseGet(() -> attempts.save(new Attempt(assignmentId, student.studentId(), clock.instant())));
                if (attempt.status() == Attempt.Status.SUBMITTED) {
                    return new SaveOutcome.Locked();
                }
                Optional<Answer> existing = answers.findByAttemptIdAndQuestionKey(attempt.id(), questionKey);
                if (existing.isPresent() && existing.get().checked()) {
                    return new SaveOutcome.Locked();
                }
                int current = existing.map(Answer::revision).orElse(SavedAnswer.NONE);
                if (current != expectedRevision) {
                    return new SaveOutcome.Conflict(saved(existing.orElseThrow()));
                }
                Answer answer = existing.orElseGet(() -> new Answer(attempt.id(), questionKey));
                answer.set(encoded, clock.instant());
                Answer stored = answers.saveAndFlush(answer);
                return new SaveOutcome.Saved(stored.revision(), stored.savedAt());
            });
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            // another tab saved in the same instant: report theirs
            return tx.execute(status -> attempts.findByAssignmentIdAndStudentId(assignmentId, student.studentId())
                    .flatMap(a -> answers.findByAttemptIdAndQuestionKey(a.id(), questionKey))
                    .<SaveOutcome>map(a -> new SaveOutcome.Conflict(saved(a)))
                    .orElseThrow(() -> raced));
        }
    }

    /**
     * In immediate-feedback assignments: the student checks an answer, which fixes it and returns
     * the score and feedback.
     */
    @Transactional
    public Score check(StudentRef student, long assignmentId, String questionKey) {
        Work work = work(student, assignmentId);
        if (work.assignment().feedbackMode() != FeedbackMode.IMMEDIATE) {
            throw new IllegalStateException("feedback comes after submission in this assignment");
        }
        AssignedQuestion question = work.question(questionKey).orElseThrow();
        Attempt attempt = attempts.findByAssignmentIdAndStudentId(assignmentId, student.studentId()).orElseThrow();
        Answer answer = answers.findByAttemptIdAndQuestionKey(attempt.id(), questionKey)
                .orElseThrow(() -> new IllegalStateException("answer first, then check"));
        answer.markChecked();
        return Grading.grade(question.question(), AnswerValue.decode(answer.valueText()), work.lesson());
    }

    /** Questions of the assignment with no answer yet, in lesson order. */
    @Transactional(readOnly = true)
    public List<AssignedQuestion> unanswered(StudentRef student, long assignmentId) {
        Work work = work(student, assignmentId);
        Map<String, SavedAnswer> saved = attempts.findByAssignmentIdAndStudentId(assignmentId, student.studentId())
                .map(a -> answersOf(a.id())).orElse(Map.of());
        return work.questions().stream().filter(q -> !saved.containsKey(q.key()) || saved.get(q.key()).value().isEmpty())
                .toList();
    }

    @Transactional
    public Receipt submit(StudentRef student, long assignmentId) {
        Work work = work(student, assignmentId);
        Attempt attempt = attempts.findByAssignmentIdAndStudentId(assignmentId, student.studentId())
                .orElseGet(() -> attempts.save(new Attempt(assignmentId, student.studentId(), clock.instant())));
        if (attempt.status() != Attempt.Status.SUBMITTED) {
            attempt.submit(clock.instant());
        }
        Map<String, SavedAnswer> saved = answersOf(attempt.id());
        int answered = (int) work.questions().stream()
                .filter(q -> saved.containsKey(q.key()) && !saved.get(q.key()).value().isEmpty()).count();
        return new Receipt(attempt.submittedAt(), answered, work.questions().size());
    }

    /** Scores and feedback for every question, once the student may see them. */
    @Transactional(readOnly = true)
    public List<ReviewItem> review(StudentRef student, long assignmentId) {
        Work work = work(student, assignmentId);
        Optional<Attempt> attempt = attempts.findByAssignmentIdAndStudentId(assignmentId, student.studentId());
        boolean submitted = attempt.map(a -> a.status() == Attempt.Status.SUBMITTED).orElse(false);
        boolean released = attempt.map(Attempt::gradesReleased).orElse(false);
        Map<String, Answer> stored = new HashMap<>();
        attempt.ifPresent(a -> answers.findByAttemptId(a.id()).forEach(x -> stored.put(x.questionKey(), x)));
        List<ReviewItem> items = new ArrayList<>();
        for (AssignedQuestion q : work.questions()) {
            Answer a = stored.get(q.key());
            boolean visible = submitted && work.assignment().feedbackMode() == FeedbackMode.AFTER_SUBMISSION
                    || work.assignment().feedbackMode() == FeedbackMode.IMMEDIATE && (submitted || a != null && a.checked());
            if (!visible) {
                continue;
            }
            AnswerValue value = a == null ? AnswerValue.of() : AnswerValue.decode(a.valueText());
            items.add(new ReviewItem(q, a == null ? null : saved(a), Grading.grade(q.question(), value, work.lesson()),
                    released && a != null ? a.teacherPoints() : null, released && a != null ? a.teacherComment() : null));
        }
        return items;
    }

    /** Status of each assignment for "My work". */
    @Transactional(readOnly = true)
    public Map<Long, WorkStatus> statuses(StudentRef student, List<AssignmentInfo> assignments) {
        Map<Long, WorkStatus> out = new HashMap<>();
        assignments.forEach(a -> out.put(a.id(), WorkStatus.NOT_STARTED));
        attempts.findByStudentIdAndAssignmentIdIn(student.studentId(), assignments.stream().map(AssignmentInfo::id).toList())
                .forEach(a -> out.put(a.assignmentId(), status(a)));
        return out;
    }

    /** A teacher grades one open answer with points from the rubric and a comment. */
    @Transactional
    public void grade(long assignmentId, long studentId, String questionKey, int points, String comment) {
        Attempt attempt = attempts.findByAssignmentIdAndStudentId(assignmentId, studentId).orElseThrow();
        Answer answer = answers.findByAttemptIdAndQuestionKey(attempt.id(), questionKey).orElseThrow();
        answer.grade(points, comment == null || comment.isBlank() ? null : comment.strip());
    }

    /** A teacher releases grades and comments: from now on the student sees them. */
    @Transactional
    public void releaseGrades(long assignmentId, long studentId) {
        attempts.findByAssignmentIdAndStudentId(assignmentId, studentId).ifPresent(Attempt::releaseGrades);
    }

    /** A teacher lets a student change submitted work again. */
    @Transactional
    public void reopen(long assignmentId, long studentId) {
        attempts.findByAssignmentIdAndStudentId(assignmentId, studentId).ifPresent(Attempt::reopen);
    }

    private Map<String, SavedAnswer> answersOf(Long attemptId) {
        Map<String, SavedAnswer> saved = new HashMap<>();
        answers.findByAttemptId(attemptId).forEach(a -> saved.put(a.questionKey(), saved(a)));
        return saved;
    }

    private static WorkStatus status(Attempt a) {
        if (a.status() == Attempt.Status.SUBMITTED) {
            return a.gradesReleased() ? WorkStatus.GRADED : WorkStatus.SUBMITTED;
        }
        return WorkStatus.IN_PROGRESS;
    }

    private static SavedAnswer saved(Answer a) {
        return new SavedAnswer(AnswerValue.decode(a.valueText()), a.revision(), a.savedAt(), a.checked());
    }

    /** An assignment opened by its student: what the page needs to show it. */
    public record Work(AssignmentInfo assignment, LoadedLesson lesson, List<AssignedQuestion> questions) {
        public Work {
            questions = List.copyOf(questions);
        }

        public Optional<AssignedQuestion> question(String key) {
            return questions.stream().filter(q -> q.key().equals(key)).findFirst();
        }
    }
}
