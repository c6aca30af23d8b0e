package org.workingrecord.attempt;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.workingrecord.audit.AuditAction;
import org.workingrecord.audit.AuditLog;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.StudentInfo;
import org.workingrecord.classroom.StudentProgress;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.AnswerCodec;
import org.workingrecord.grading.Grading;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/**
 * A student's work: every answer is written when given, guarded against two tabs overwriting each
 * other, and locked once submitted. Every method checks that the work is the student's own.
 */
@Service
public class AttemptService implements StudentProgress {

    /**
     * The longest stored answer (the column's size): a written answer of {@link Answer.Open#MAX_CHARS}
     * characters, each up to 9 when URL-encoded, fits.
     */
    public static final int MAX_STORED_CHARS = 200_000;

    private final AttemptRepository attempts;
    private final AnswerRepository answers;
    private final ClassroomService classroom;
    private final LessonCatalog catalog;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Positions positions;
    private final AuditLog audit;
    private final Map<QuestionsKey, List<AssignedQuestion>> questionLists = new ConcurrentHashMap<>();

    AttemptService(AttemptRepository attempts, AnswerRepository answers, ClassroomService classroom, LessonCatalog catalog,
                   PlatformTransactionManager transactions, Clock clock, ApplicationEventPublisher events, Positions positions,
                   AuditLog audit) {
        this.positions = positions;
        this.audit = audit;
        this.attempts = attempts;
        this.answers = answers;
        this.classroom = classroom;
        this.catalog = catalog;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.events = events;
    }

    /** The assignment with its lesson, if the student may open it; otherwise {@link NotYoursException}. */
    public Work work(StudentRef student, long assignmentId) {
        AssignmentInfo assignment = classroom.assignmentFor(student, assignmentId).orElseThrow(NotYoursException::new);
        LoadedLesson lesson = catalog.lesson(assignment.lessonId()).orElseThrow(NotYoursException::new);
        return new Work(assignment, lesson, questions(lesson, assignment));
    }

    /** An assignment's questions, built once per lesson and choice of activities (lessons are immutable once loaded). */
    private List<AssignedQuestion> questions(LoadedLesson lesson, AssignmentInfo assignment) {
        return questionLists.computeIfAbsent(new QuestionsKey(lesson.plan().id(), assignment.activityIds()),
                k -> List.copyOf(AssignedQuestion.all(lesson, assignment)));
    }

    /**
     * By the lesson's id: a shipped lesson is loaded once, and a teacher's lesson version ("council-vote@3")
     * never changes, though it may be loaded again; so the map holds one list per lesson and choice.
     */
    private record QuestionsKey(String lessonId, List<String> activityIds) {
    }

    /** Loads (and on first visit starts) the student's work. */
    @Transactional
    public AttemptState open(StudentRef student, long assignmentId) {
        return enter(student, assignmentId).state();
    }

    /**
     * Opening a lesson: the assignment with its lesson, and the student's work on it (started on
     * the first visit), in one transaction. {@link NotYoursException} if the student may not open it.
     */
    @Transactional
    public Entered enter(StudentRef student, long assignmentId) {
        Work work = work(student, assignmentId);
        return new Entered(student, work, state(work, student));
    }

    /**
     * The same for the student a session names, checked in the same transaction: empty if that
     * student may no longer work (removed, or their class archived).
     */
    @Transactional
    public Optional<Entered> enter(long studentId, long assignmentId) {
        return classroom.current(studentId).map(student -> enter(student, assignmentId));
    }

    public record Entered(StudentRef student, Work work, AttemptState state) {
    }

    private AttemptState state(Work work, StudentRef student) {
        long assignmentId = work.assignment().id();
        Attempt attempt = attemptOf(assignmentId, student.studentId());
        Map<String, SavedAnswer> saved = answersOf(attempt.id(), work.questions());
        // a place the student moved to that is not written yet wins over the stored one
        Positions.Place place = positions.pending(assignmentId, student.studentId())
                .orElseGet(() -> new Positions.Place(attempt.positionStep(), attempt.positionPart()));
        return new AttemptState(status(attempt), attempt.submittedAt(), attempt.gradesReleased(), saved, place.step(), place.part());
    }

    /**
     * Remembers where in the lesson the student is, so a reload, a restart or another device opens
     * there. Written within a second, in a batch with the rest of the class ({@link Positions}); the
     * write is one statement that can only ever touch the student's own attempt.
     */
    public void remember(StudentRef student, long assignmentId, int step, int part) {
        positions.remember(assignmentId, student.studentId(), step, part);
    }

    /**
     * Writes one answer. {@code expectedRevision} is the revision this page last saw
     * ({@link SavedAnswer#NONE} if none); if another tab saved since, nothing is written and the
     * other save is returned, so the page can show the conflict.
     */
    public SaveOutcome save(StudentRef student, long assignmentId, String questionKey, Answer value, int expectedRevision) {
        String encoded = AnswerCodec.encode(value);
        if (value instanceof Answer.Open open && open.text().length() > Answer.Open.MAX_CHARS || encoded.length() > MAX_STORED_CHARS) {
            throw new AnswerTooLongException();
        }
        try {
            // one short transaction: access check, attempt, answer, write
            return tx.execute(status -> {
                Work work = work(student, assignmentId);
                Question question = work.question(questionKey).map(AssignedQuestion::question).orElseThrow(
                        () -> new IllegalArgumentException("no question " + questionKey + " in assignment " + assignmentId));
                if (!Answer.fits(question, value)) {
                    throw new IllegalArgumentException("question " + questionKey + " takes another kind of answer");
                }
                Attempt attempt = attemptOf(assignmentId, student.studentId());
                if (attempt.status() == Attempt.Status.SUBMITTED) {
                    return new SaveOutcome.Locked();
                }
                Optional<StoredAnswer> existing = answers.findByAttemptIdAndQuestionKey(attempt.id(), questionKey);
                if (existing.isPresent() && existing.get().checked()) {
                    return new SaveOutcome.Locked();
                }
                int current = existing.map(StoredAnswer::revision).orElse(SavedAnswer.NONE);
                if (current != expectedRevision) {
                    return new SaveOutcome.Conflict(saved(existing.orElseThrow(), question));
                }
                StoredAnswer answer = existing.orElseGet(() -> new StoredAnswer(attempt.id(), questionKey));
                answer.set(encoded, clock.instant());
                StoredAnswer stored = answers.saveAndFlush(answer);
                events.publishEvent(new WorkChanged(assignmentId, student.studentId()));
                return new SaveOutcome.Saved(stored.revision(), stored.savedAt());
            });
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            // another tab saved in the same instant: report theirs
            return tx.execute(status -> {
                Question question = work(student, assignmentId).question(questionKey).orElseThrow().question();
                return attempts.findByAssignmentIdAndStudentId(assignmentId, student.studentId())
                        .flatMap(a -> answers.findByAttemptIdAndQuestionKey(a.id(), questionKey))
                        .<SaveOutcome>map(a -> new SaveOutcome.Conflict(saved(a, question)))
                        .orElseThrow(() -> raced);
            });
        }
    }

    private Attempt attemptOf(long assignmentId, long studentId) {
        return attempts.findByAssignmentIdAndStudentId(assignmentId, studentId)
                .orElseGet(() -> attempts.save(new Attempt(assignmentId, studentId, clock.instant())));
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
        StoredAnswer answer = answers.findByAttemptIdAndQuestionKey(attempt.id(), questionKey)
                .orElseThrow(() -> new IllegalStateException("answer first, then check"));
        answer.markChecked();
        events.publishEvent(new WorkChanged(assignmentId, student.studentId()));
        return Grading.grade(question.question(), AnswerCodec.decode(question.question(), answer.valueText()), work.lesson());
    }

    /** Questions of the assignment with no answer yet, in lesson order. */
    @Transactional(readOnly = true)
    public List<AssignedQuestion> unanswered(StudentRef student, long assignmentId) {
        Work work = work(student, assignmentId);
        Map<String, SavedAnswer> saved = attempts.findByAssignmentIdAndStudentId(assignmentId, student.studentId())
                .map(a -> answersOf(a.id(), work.questions())).orElse(Map.of());
        return work.questions().stream().filter(q -> !saved.containsKey(q.key()) || saved.get(q.key()).value().isEmpty())
                .toList();
    }

    @Transactional
    public Receipt submit(StudentRef student, long assignmentId) {
        Work work = work(student, assignmentId);
        Attempt attempt = attemptOf(assignmentId, student.studentId());
        if (attempt.status() != Attempt.Status.SUBMITTED) {
            attempt.submit(clock.instant());
            // delivered after commit: nothing a teacher's page does can undo a hand-in
            events.publishEvent(new WorkChanged(assignmentId, student.studentId()));
        }
        Map<String, SavedAnswer> saved = answersOf(attempt.id(), work.questions());
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
        Map<String, StoredAnswer> stored = new HashMap<>();
        attempt.ifPresent(a -> answers.findByAttemptId(a.id()).forEach(x -> stored.put(x.questionKey(), x)));
        List<ReviewItem> items = new ArrayList<>();
        for (AssignedQuestion q : work.questions()) {
            StoredAnswer a = stored.get(q.key());
            boolean visible = submitted && work.assignment().feedbackMode() == FeedbackMode.AFTER_SUBMISSION
                    || work.assignment().feedbackMode() == FeedbackMode.IMMEDIATE && (submitted || a != null && a.checked());
            if (!visible) {
                continue;
            }
            Answer value = a == null ? Answer.blank(q.question()) : AnswerCodec.decode(q.question(), a.valueText());
            items.add(new ReviewItem(q, a == null ? null : saved(a, q.question()), Grading.grade(q.question(), value, work.lesson()),
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

    // ---- Teachers: each method checks that the assignment belongs to one of the teacher's classes.

    /** A teacher grades one open answer with points from the rubric and a comment. */
    @Transactional
    public void grade(long teacherId, long assignmentId, long studentId, String questionKey, int points, String comment) {
        TeacherWork work = teacherWork(teacherId, assignmentId);
        AssignedQuestion q = work.question(questionKey).orElseThrow();
        int max = Grading.maxPoints(q.question(), work.lesson());
        if (points < 0 || points > max) {
            throw new IllegalArgumentException("points from 0 to " + max);
        }
        Attempt attempt = attempts.findByAssignmentIdAndStudentId(assignmentId, studentId).orElseThrow();
        StoredAnswer answer = answers.findByAttemptIdAndQuestionKey(attempt.id(), questionKey).orElseThrow();
        answer.grade(points, comment == null || comment.isBlank() ? null : comment.strip());
        audit.record(teacherId, AuditAction.GRADED, work.assignment().classId(), studentId, "audit.detail.graded",
                q.title(), work.lesson().plan().title(), points, max);
        events.publishEvent(new WorkChanged(assignmentId, studentId));
    }

    /** A teacher releases grades and comments to every student of the assignment. */
    @Transactional
    public void releaseGrades(long teacherId, long assignmentId) {
        TeacherWork work = teacherWork(teacherId, assignmentId);
        attempts.findByAssignmentId(assignmentId).forEach(Attempt::releaseGrades);
        audit.record(teacherId, AuditAction.GRADED, work.assignment().classId(), null, "audit.detail.released",
                work.lesson().plan().title());
        events.publishEvent(WorkChanged.ofClass(assignmentId));
    }

    /** A teacher lets a student change submitted work again. */
    @Transactional
    public void reopen(long teacherId, long assignmentId, long studentId) {
        TeacherWork work = teacherWork(teacherId, assignmentId);
        attempts.findByAssignmentIdAndStudentId(assignmentId, studentId).ifPresent(Attempt::reopen);
        audit.record(teacherId, AuditAction.GRADED, work.assignment().classId(), studentId, "audit.detail.reopened",
                work.lesson().plan().title());
        events.publishEvent(new WorkChanged(assignmentId, studentId));
    }

    /** One row per student of the class: where they are and their automatic score so far. */
    @Transactional(readOnly = true)
    public List<ProgressRow> progress(long teacherId, long assignmentId) {
        TeacherWork work = teacherWork(teacherId, assignmentId);
        return progressRows(work, work.roster(), load(assignmentId, null));
    }

    /** The rows of some students only: what a live page needs after those students changed something. */
    @Transactional(readOnly = true)
    public List<ProgressRow> progress(long teacherId, long assignmentId, Collection<Long> studentIds) {
        TeacherWork work = teacherWork(teacherId, assignmentId);
        List<StudentInfo> some = work.roster().stream().filter(s -> studentIds.contains(s.id())).toList();
        return progressRows(work, some, load(assignmentId, some.stream().map(StudentInfo::id).toList()));
    }

    private List<ProgressRow> progressRows(TeacherWork work, List<StudentInfo> students, Map<Long, Stored> stored) {
        List<ProgressRow> rows = new ArrayList<>();
        for (StudentInfo student : students) {
            Stored mine = stored.get(student.id());
            int points = 0;
            int max = 0;
            int answered = 0;
            int toGrade = 0;
            Instant last = null;
            Map<String, Score> scores = new HashMap<>();
            for (AssignedQuestion q : work.questions()) {
                StoredAnswer a = mine == null ? null : mine.answers().get(q.key());
                Answer value = a == null ? Answer.blank(q.question()) : AnswerCodec.decode(q.question(), a.valueText());
                Score score = Grading.grade(q.question(), value, work.lesson());
                if (a != null && !value.isEmpty()) {
                    answered++;
                    scores.put(q.key(), score);
                    last = last == null || a.savedAt().isAfter(last) ? a.savedAt() : last;
                }
                if (score.pending()) {
                    if (a != null && a.teacherPoints() != null) {
                        points += a.teacherPoints();
                    } else if (a != null && !value.isEmpty()) {
                        toGrade++;
                    }
                } else {
                    points += score.points();
                }
                max += score.max();
            }
            rows.add(new ProgressRow(student, mine == null ? WorkStatus.NOT_STARTED : status(mine.attempt()), answered,
                    work.questions().size(), points, max, toGrade, last, scores));
        }
        return rows;
    }

    /** Every student's answer to one open question, side by side, for grading. */
    @Transactional(readOnly = true)
    public List<OpenAnswer> openAnswers(long teacherId, long assignmentId, String questionKey) {
        TeacherWork work = teacherWork(teacherId, assignmentId);
        AssignedQuestion open = work.question(questionKey).filter(q -> q.question() instanceof Question.Open).orElseThrow();
        Map<Long, Stored> stored = load(assignmentId, null);
        List<OpenAnswer> out = new ArrayList<>();
        for (StudentInfo student : work.roster()) {
            openAnswer(student, stored.get(student.id()), open).ifPresent(out::add);
        }
        audit.record(teacherId, AuditAction.VIEWED, work.assignment().classId(), null, "audit.detail.viewed-question",
                open.title(), work.lesson().plan().title());
        return out;
    }

    /**
     * One student's written answers to the assignment, by question key in the lesson's order, for
     * grading one student at a time: one read of that student's work, not the class's per question.
     */
    @Transactional(readOnly = true)
    public Map<String, OpenAnswer> openAnswersOf(long teacherId, long assignmentId, long studentId) {
        TeacherWork work = teacherWork(teacherId, assignmentId);
        StudentInfo student = work.roster().stream().filter(s -> s.id() == studentId).findFirst()
                .orElseThrow(NotYoursException::new);
        Stored mine = load(assignmentId, List.of(studentId)).get(studentId);
        Map<String, OpenAnswer> out = new LinkedHashMap<>();
        for (AssignedQuestion q : work.questions()) {
            if (q.question() instanceof Question.Open) {
                openAnswer(student, mine, q).ifPresent(a -> out.put(q.key(), a));
            }
        }
        audit.record(teacherId, AuditAction.VIEWED, work.assignment().classId(), studentId, "audit.detail.viewed-student",
                work.lesson().plan().title());
        return out;
    }

    private static Optional<OpenAnswer> openAnswer(StudentInfo student, Stored mine, AssignedQuestion open) {
        StoredAnswer x = mine == null ? null : mine.answers().get(open.key());
        String text = x != null && AnswerCodec.decode(open.question(), x.valueText()) instanceof Answer.Open o ? o.text() : "";
        if (text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new OpenAnswer(student, text, x.teacherPoints(),
                x.teacherComment(), mine.attempt().status() == Attempt.Status.SUBMITTED));
    }

    /**
     * All answers of the class to the assignment's questions, with hand-in times, teacher points and
     * comments: what the class summary, the gradebook, the exports and the teacher's copies are made from.
     */
    @Transactional(readOnly = true)
    public ClassResults results(long teacherId, long assignmentId) {
        TeacherWork work = teacherWork(teacherId, assignmentId);
        Map<Long, Stored> stored = load(assignmentId, null);
        Map<Long, Map<String, Answer>> values = new HashMap<>();
        Map<Long, Map<String, Integer>> teacherPoints = new HashMap<>();
        Map<Long, Map<String, String>> comments = new HashMap<>();
        Map<Long, Instant> submitted = new HashMap<>();
        for (StudentInfo student : work.roster()) {
            Map<String, Answer> mine = new HashMap<>();
            Map<String, Integer> graded = new HashMap<>();
            Map<String, String> said = new HashMap<>();
            Stored s = stored.get(student.id());
            if (s != null) {
                for (StoredAnswer a : s.answers().values()) {
                    work.question(a.questionKey()).ifPresent(q -> mine.put(a.questionKey(), AnswerCodec.decode(q.question(), a.valueText())));
                    if (a.teacherPoints() != null) {
                        graded.put(a.questionKey(), a.teacherPoints());
                    }
                    if (a.teacherComment() != null) {
                        said.put(a.questionKey(), a.teacherComment());
                    }
                }
                if (s.attempt().submittedAt() != null) {
                    submitted.put(student.id(), s.attempt().submittedAt());
                }
            }
            values.put(student.id(), mine);
            teacherPoints.put(student.id(), graded);
            comments.put(student.id(), said);
        }
        return new ClassResults(work.assignment(), work.lesson(), work.questions(), work.roster(), values, teacherPoints,
                comments, submitted);
    }

    /** Where one student of the teacher's class stands on the assignment (see {@link Standing}). */
    @Transactional(readOnly = true)
    public Standing standing(long teacherId, long assignmentId, long studentId) {
        TeacherWork work = teacherWork(teacherId, assignmentId);
        Stored mine = load(assignmentId, List.of(studentId)).get(studentId);
        int points = 0;
        int max = 0;
        for (AssignedQuestion q : work.questions()) {
            max += Grading.maxPoints(q.question(), work.lesson());
            StoredAnswer a = mine == null ? null : mine.answers().get(q.key());
            if (a == null) {
                continue;
            }
            Answer value = AnswerCodec.decode(q.question(), a.valueText());
            if (value.isEmpty()) {
                continue;
            }
            Score score = Grading.grade(q.question(), value, work.lesson());
            points += score.pending() ? (a.teacherPoints() == null ? 0 : a.teacherPoints()) : score.points();
        }
        return new Standing(mine != null, mine != null && mine.attempt().submittedAt() != null,
                mine != null && mine.attempt().gradesReleased(), points, max);
    }

    /** One student's attempt and answers. */
    private record Stored(Attempt attempt, Map<String, StoredAnswer> answers) {
    }

    /** Attempts and answers of an assignment (or of some of its students) in two queries. */
    private Map<Long, Stored> load(long assignmentId, Collection<Long> studentIds) {
        if (studentIds != null && studentIds.isEmpty()) {
            return Map.of();
        }
        List<Attempt> found = studentIds == null ? attempts.findByAssignmentId(assignmentId)
                : attempts.findByAssignmentIdAndStudentIdIn(assignmentId, studentIds);
        Map<Long, Stored> byAttempt = new HashMap<>();
        Map<Long, Stored> byStudent = new HashMap<>();
        for (Attempt a : found) {
            Stored s = new Stored(a, new HashMap<>());
            byAttempt.put(a.id(), s);
            byStudent.put(a.studentId(), s);
        }
        if (!found.isEmpty()) {
            List<StoredAnswer> given = studentIds == null ? answers.findByAssignment(assignmentId)
                    : answers.findByAttemptIdIn(byAttempt.keySet());
            for (StoredAnswer a : given) {
                Stored s = byAttempt.get(a.attemptId());
                if (s != null) {
                    s.answers().put(a.questionKey(), a);
                }
            }
        }
        return byStudent;
    }

    /** For the roster: per student, how many of the class's current assignments are handed in or started. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, Progress> forClass(long teacherId, long classId) {
        List<AssignmentInfo> current = classroom.assignmentsOf(teacherId, classId).stream().filter(a -> !a.withdrawn()).toList();
        Map<Long, int[]> counts = new HashMap<>();
        classroom.roster(teacherId, classId).forEach(s -> counts.put(s.id(), new int[2]));
        for (AssignmentInfo a : current) {
            for (Attempt attempt : attempts.findByAssignmentId(a.id())) {
                int[] c = counts.get(attempt.studentId());
                if (c != null) {
                    c[attempt.status() == Attempt.Status.SUBMITTED ? 0 : 1]++;
                }
            }
        }
        Map<Long, Progress> out = new HashMap<>();
        counts.forEach((id, c) -> out.put(id, new Progress(c[0], c[0] + c[1], current.size())));
        return out;
    }

    private TeacherWork teacherWork(long teacherId, long assignmentId) {
        AssignmentInfo assignment = classroom.assignmentOf(teacherId, assignmentId);
        LoadedLesson lesson = catalog.lesson(assignment.lessonId()).orElseThrow(NotYoursException::new);
        return new TeacherWork(assignment, lesson, questions(lesson, assignment),
                classroom.roster(teacherId, assignment.classId()));
    }

    private record TeacherWork(AssignmentInfo assignment, LoadedLesson lesson, List<AssignedQuestion> questions,
                               List<StudentInfo> roster) {
        Optional<AssignedQuestion> question(String key) {
            return questions.stream().filter(q -> q.key().equals(key)).findFirst();
        }
    }

    /** The answers of one attempt to these questions (an answer to a question no longer asked is left out). */
    private Map<String, SavedAnswer> answersOf(Long attemptId, List<AssignedQuestion> questions) {
        Map<String, Question> asked = new HashMap<>();
        questions.forEach(q -> asked.put(q.key(), q.question()));
        Map<String, SavedAnswer> saved = new HashMap<>();
        answers.findByAttemptId(attemptId).stream().filter(a -> asked.containsKey(a.questionKey()))
                .forEach(a -> saved.put(a.questionKey(), saved(a, asked.get(a.questionKey()))));
        return saved;
    }

    private static WorkStatus status(Attempt a) {
        if (a.status() == Attempt.Status.SUBMITTED) {
            return a.gradesReleased() ? WorkStatus.GRADED : WorkStatus.SUBMITTED;
        }
        return WorkStatus.IN_PROGRESS;
    }

    private static SavedAnswer saved(StoredAnswer a, Question question) {
        return new SavedAnswer(AnswerCodec.decode(question, a.valueText()), a.revision(), a.savedAt(), a.checked());
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
