package org.workingrecord.classroom;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.classroom.JoinOutcome.Reason;
import org.workingrecord.classroom.JoinOutcome.Refused;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.TeacherLessons;

/** Classes, their students and their assignments. The only door to those tables. */
@Service
public class ClassroomService {

    public static final int MAX_NAME = 40;
    /** The most students an administrator's search shows. */
    public static final int MAX_FOUND = 50;
    /** How long a browser may come back in without the resume code: a school day, not overnight on a shared laptop. */
    public static final Duration REENTRY_LIFETIME = Duration.ofHours(4);
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’\\-]*");

    private final SchoolClassRepository classes;
    private final StudentRepository students;
    private final AssignmentRepository assignments;
    private final LessonCatalog catalog;
    private final JoinThrottle throttle;
    private final ReentryTokens reentry;
    private final ResumeCodeKey resumeKey;
    private final AccountService accounts;
    /** The refusals that count as a wrong try. */
    private static final Set<Reason> WRONG_CODES = EnumSet.of(Reason.MALFORMED_CODE, Reason.UNKNOWN_CLASS, Reason.UNKNOWN_RESUME_CODE);

    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    ClassroomService(SchoolClassRepository classes, StudentRepository students, AssignmentRepository assignments,
                     LessonCatalog catalog, JoinThrottle throttle, ReentryTokens reentry, ResumeCodeKey resumeKey,
                     Clock clock, ApplicationEventPublisher events, AccountService accounts,
                     PlatformTransactionManager transactions) {
        this.events = events;
        this.accounts = accounts;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reentry = reentry;
        this.resumeKey = resumeKey;
        this.classes = classes;
        this.students = students;
        this.assignments = assignments;
        this.catalog = catalog;
        this.throttle = throttle;
        this.clock = clock;
    }

    // ---- Teachers: every method takes the acting teacher and refuses classes that are not theirs.

    @Transactional
    public ClassInfo createClass(long teacherId, String name) {
        return info(classes.save(new SchoolClass(checkName(name), freshCode(), teacherId, clock.instant())));
    }

    @Transactional(readOnly = true)
    public List<ClassInfo> classesOf(long teacherId) {
        return classes.findByOwnerIdOrderByArchivedAscNameAsc(teacherId).stream().map(ClassroomService::info).toList();
    }

    @Transactional(readOnly = true)
    public ClassInfo classFor(long teacherId, long classId) {
        return info(owned(teacherId, classId));
    }

    @Transactional
    public void rename(long teacherId, long classId, String name) {
        owned(teacherId, classId).rename(checkName(name));
    }

    @Transactional
    public void setJoiningLocked(long teacherId, long classId, boolean locked) {
        owned(teacherId, classId).setJoiningLocked(locked);
    }

    @Transactional
    public void setArchived(long teacherId, long classId, boolean archived) {
        owned(teacherId, classId).setArchived(archived, clock.instant());
    }

    /** A new join code, for when the old one got around; students already in the class stay. */
    @Transactional
    public ClassInfo regenerateJoinCode(long teacherId, long classId) {
        SchoolClass c = owned(teacherId, classId);
        c.setJoinCode(freshCode());
        return info(c);
    }

    /** Deletes the class with its students, assignments and all their work. */
    @Transactional
    public void deleteClass(long teacherId, long classId) {
        SchoolClass c = owned(teacherId, classId);
        events.publishEvent(new StudentDataDeleted(teacherId, classId, c.name(), null,
                students.countByClassId(classId), StudentDataDeleted.Why.CLASS_DELETED));
        classes.delete(c);
    }

    @Transactional(readOnly = true)
    public List<StudentInfo> roster(long teacherId, long classId) {
        owned(teacherId, classId);
        return students.findByClassIdOrderByNameKey(classId).stream()
                .map(s -> new StudentInfo(s.id(), s.displayName(), s.createdAt())).toList();
    }

    /** Deletes a student with all their work. */
    @Transactional
    public void removeStudent(long teacherId, long studentId) {
        Student s = students.findById(studentId).orElseThrow(() -> new AccessDeniedException("not your student"));
        SchoolClass c = owned(teacherId, s.classId());
        events.publishEvent(new StudentDataDeleted(teacherId, c.id(), c.name(), studentId, 1, StudentDataDeleted.Why.STUDENT_REMOVED));
        students.delete(s);
    }

    // ---- Administrators: a student's data on request (the teacher may be away, or the request may be about them).

    /** Up to 50 students whose name holds these words (2 letters or more), with their class and teacher. */
    @Transactional(readOnly = true)
    public List<StudentFound> findStudents(long adminId, String words) {
        requireAdmin(adminId);
        String part = words == null ? "" : Normalizer.normalize(words.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        if (part.length() < 2) {
            return List.of();
        }
        Map<Long, SchoolClass> byId = new HashMap<>();
        Map<Long, String> teachers = new HashMap<>();
        List<StudentFound> found = new ArrayList<>();
        for (Student s : students.findTop50ByNameKeyContainingOrderByNameKey(part)) {
            SchoolClass c = byId.computeIfAbsent(s.classId(), id -> classes.findById(id).orElseThrow());
            String teacher = c.ownerId() == null ? "" : teachers.computeIfAbsent(c.ownerId(),
                    id -> accounts.byId(id).map(TeacherInfo::displayName).orElse(""));
            found.add(new StudentFound(s.id(), s.displayName(), c.id(), c.name(), teacher, s.createdAt()));
        }
        return found;
    }

    /**
     * For an administrator, the teacher whose class this student is in: the exports of a student's data are
     * made as that teacher would make them. AccessDeniedException for anyone else or a student who is gone.
     */
    @Transactional(readOnly = true)
    public StudentOwner ownerOfStudent(long adminId, long studentId) {
        requireAdmin(adminId);
        Student s = students.findById(studentId).orElseThrow(() -> new AccessDeniedException("no such student"));
        SchoolClass c = classes.findById(s.classId()).orElseThrow();
        if (c.ownerId() == null) {
            throw new AccessDeniedException("this class has no teacher");
        }
        return new StudentOwner(c.ownerId(), c.id(), s.id());
    }

    /** An administrator deletes everything stored about a student, on request (the audit log keeps that it was done). */
    @Transactional
    public void deleteStudentOnRequest(long adminId, long studentId) {
        requireAdmin(adminId);
        Student s = students.findById(studentId).orElseThrow(() -> new AccessDeniedException("no such student"));
        SchoolClass c = classes.findById(s.classId()).orElseThrow();
        events.publishEvent(new StudentDataDeleted(adminId, c.id(), c.name(), studentId, 1, StudentDataDeleted.Why.ON_REQUEST));
        students.delete(s);
    }

    private void requireAdmin(long adminId) {
        if (!accounts.isAdministrator(adminId)) {
            throw new AccessDeniedException("administrators only");
        }
    }

    /** A class's name, while it exists: for the audit log, which keeps it with each row. */
    @Transactional(readOnly = true)
    public Optional<String> className(long classId) {
        return classes.findById(classId).map(SchoolClass::name);
    }

    /**
     * The names of those of these students whose data still exists: for the audit log, read only by
     * administrators, which keeps no student's name of its own.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> studentNames(Collection<Long> studentIds) {
        Map<Long, String> names = new HashMap<>();
        students.findAllById(new HashSet<>(studentIds)).forEach(s -> names.put(s.id(), s.displayName()));
        return names;
    }

    /** A new resume code for a student who lost theirs; the old one stops working. */
    @Transactional
    public String resetResumeCode(long teacherId, long studentId) {
        Student s = students.findById(studentId).orElseThrow(() -> new AccessDeniedException("not your student"));
        owned(teacherId, s.classId());
        String code = freshResumeCode();
        s.setResumeCodeHash(resumeKey.hash(code));
        return code;
    }

    /** Assigns a lesson; with no activity ids, all of the lesson's activities. */
    @Transactional
    public AssignmentInfo assign(long teacherId, long classId, String lessonId, LocalDate due, FeedbackMode mode,
                                 List<String> activityIds) {
        owned(teacherId, classId);
        LoadedLesson lesson = catalog.assignable(teacherId, lessonId).orElseThrow(() -> new IllegalArgumentException("no lesson " + lessonId));
        List<String> all = lesson.plan().activities().stream().map(Activity::id).toList();
        List<String> chosen = activityIds.isEmpty() ? all : all.stream().filter(activityIds::contains).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("choose at least one activity of " + lessonId);
        }
        return assignments.save(new Assignment(classId, lessonId, due, mode, chosen, clock.instant())).info();
    }

    /** Whether any class, withdrawn assignments included, has a version of this teacher's lesson ("council-vote@"). */
    @Transactional(readOnly = true)
    public boolean anyAssignmentOf(String lessonKeyPrefix) {
        return assignments.existsByLessonIdStartingWith(lessonKeyPrefix);
    }

    @Transactional(readOnly = true)
    public List<AssignmentInfo> assignmentsOf(long teacherId, long classId) {
        owned(teacherId, classId);
        return assignments.findByClassIdOrderByIdDesc(classId).stream().map(Assignment::info).toList();
    }

    @Transactional(readOnly = true)
    public AssignmentInfo assignmentOf(long teacherId, long assignmentId) {
        Assignment a = assignments.findById(assignmentId).orElseThrow(() -> new AccessDeniedException("not your assignment"));
        owned(teacherId, a.classId());
        return a.info();
    }

    @Transactional
    public void updateAssignment(long teacherId, long assignmentId, LocalDate due, FeedbackMode mode) {
        Assignment a = assignments.findById(assignmentId).orElseThrow(() -> new AccessDeniedException("not your assignment"));
        owned(teacherId, a.classId());
        a.update(due, mode);
    }

    /**
     * Gives the class another published version of the same teacher's lesson: only the class's teacher, and
     * only a version they may assign. Whether the students' answers fit it is the caller's to check first.
     */
    @Transactional
    public AssignmentInfo changeLessonVersion(long teacherId, long assignmentId, String key) {
        Assignment a = assignments.findById(assignmentId).orElseThrow(() -> new AccessDeniedException("not your assignment"));
        owned(teacherId, a.classId());
        String current = a.info().lessonId();
        int mark = current.indexOf(TeacherLessons.VERSION_MARK);
        if (mark < 0 || !key.startsWith(current.substring(0, mark + 1)) || catalog.assignable(teacherId, key).isEmpty()) {
            throw new IllegalArgumentException("not a version of " + current + " this teacher may assign: " + key);
        }
        a.changeLesson(key);
        return a.info();
    }

    @Transactional
    public void withdraw(long teacherId, long assignmentId) {
        Assignment a = assignments.findById(assignmentId).orElseThrow(() -> new AccessDeniedException("not your assignment"));
        owned(teacherId, a.classId());
        a.setWithdrawn(true);
    }

    private SchoolClass owned(long teacherId, long classId) {
        return classes.findById(classId).filter(c -> c.ownerId() != null && c.ownerId() == teacherId)
                .orElseThrow(() -> new AccessDeniedException("not your class"));
    }

    private String freshCode() {
        String code;
        do {
            code = Codes.random();
        } while (classes.existsByJoinCode(code));
        return code;
    }

    private String freshResumeCode() {
        String code;
        do {
            code = Codes.random();
        } while (students.findByResumeCodeHash(resumeKey.hash(code)).isPresent());
        return code;
    }

    static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 120) {
            throw new IllegalArgumentException("a class name has 1 to 120 characters");
        }
        return n;
    }

    // ---- Students

    /**
     * A new student joins with the class code and the name they choose. Wrong codes are counted outside the
     * joining's transaction (the count is kept whatever happens to it, and a class joining at once never
     * holds two database connections a student).
     */
    public JoinOutcome join(String typedCode, String typedName, JoinClient client) {
        long wait = throttle.clientWaitSeconds(client);
        if (wait > 0) {
            return new Refused(Reason.TOO_MANY_TRIES, wait);
        }
        try {
            return counted(client, writing.execute(status -> joinClass(typedCode, typedName)));
        } catch (DataIntegrityViolationException e) {
            // two students typed the same name at the same moment
            return new Refused(Reason.NAME_TAKEN, 0);
        }
    }

    private JoinOutcome joinClass(String typedCode, String typedName) {
        String code = Codes.normalize(typedCode);
        Optional<SchoolClass> found = Codes.wellFormed(code) ? classes.findByJoinCode(code) : Optional.empty();
        if (found.isEmpty()) {
            return new Refused(Codes.wellFormed(code) ? Reason.UNKNOWN_CLASS : Reason.MALFORMED_CODE, 0);
        }
        SchoolClass schoolClass = found.get();
        if (schoolClass.archived()) {
            return new Refused(Reason.CLASS_ARCHIVED, 0);
        }
        if (schoolClass.joiningLocked()) {
            return new Refused(Reason.JOINING_LOCKED, 0);
        }
        String name = typedName == null ? "" : Normalizer.normalize(typedName.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
        if (name.isEmpty()) {
            return new Refused(Reason.NAME_EMPTY, 0);
        }
        if (name.length() > MAX_NAME) {
            return new Refused(Reason.NAME_TOO_LONG, 0);
        }
        if (!NAME.matcher(name).matches()) {
            return new Refused(Reason.NAME_INVALID, 0);
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (students.existsByClassIdAndNameKey(schoolClass.id(), key)) {
            return new Refused(Reason.NAME_TAKEN, 0);
        }
        String resume = freshResumeCode();
        Student student = students.saveAndFlush(new Student(schoolClass.id(), name, key, resumeKey.hash(resume), clock.instant()));
        return new JoinOutcome.Joined(ref(student, schoolClass), resume);
    }

    /**
     * A student a learning platform launched into this class (LTI): no class code and no resume code to type. Their
     * name is the one the platform gave, cut to what the app keeps (given name and an initial); when another student of
     * the class has it, more letters of the family name tell them apart. Empty when the class is archived.
     */
    @Transactional
    public Optional<StudentRef> enrolFromPlatform(long classId, String givenName, String familyName) {
        SchoolClass c = classes.findById(classId).orElseThrow(() -> new AccessDeniedException("no such class"));
        if (c.archived()) {
            return Optional.empty();
        }
        String given = cleanName(givenName);
        String family = cleanName(familyName);
        if (given.isEmpty()) {
            given = family.isEmpty() ? "Student" : family;
            family = "";
        }
        List<String> candidates = new ArrayList<>();
        for (int letters = 1; letters <= family.length(); letters++) {
            candidates.add(given + " " + family.substring(0, letters) + (letters < family.length() ? "." : ""));
        }
        if (family.isEmpty()) {
            candidates.add(given);
        }
        String last = candidates.getLast();
        for (char extra = 'B'; extra <= 'Z'; extra++) {
            candidates.add(last + " " + extra);
        }
        for (String name : candidates) {
            String cut = name.length() > MAX_NAME ? name.substring(0, MAX_NAME).strip() : name;
            String key = cut.toLowerCase(Locale.ROOT);
            if (!students.existsByClassIdAndNameKey(classId, key)) {
                Student student = students.saveAndFlush(new Student(classId, cut, key, resumeKey.hash(freshResumeCode()), clock.instant()));
                return Optional.of(ref(student, c));
            }
        }
        throw new IllegalStateException("no free name in class " + classId);
    }

    /** Letters, spaces, dots, apostrophes and dashes of a name from elsewhere: what a typed name may hold. */
    private static String cleanName(String name) {
        String n = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{M} .'’\\-]", "")
                .strip().replaceAll("\\s+", " ");
        n = n.replaceAll("^[^\\p{L}\\p{M}]+", "");
        return n.length() > MAX_NAME ? n.substring(0, MAX_NAME).strip() : n;
    }

    /** A student comes back on any device with their resume code. */
    public JoinOutcome resume(String typedCode, JoinClient client) {
        long wait = throttle.clientWaitSeconds(client);
        if (wait > 0) {
            return new Refused(Reason.TOO_MANY_TRIES, wait);
        }
        return counted(client, reading.execute(status -> resumeWith(typedCode)));
    }

    private JoinOutcome resumeWith(String typedCode) {
        String code = Codes.normalize(typedCode);
        Optional<Student> student = Codes.wellFormed(code) ? students.findByResumeCodeHash(resumeKey.hash(code)) : Optional.empty();
        if (student.isEmpty()) {
            return new Refused(Reason.UNKNOWN_RESUME_CODE, 0);
        }
        SchoolClass schoolClass = classes.findById(student.get().classId()).orElseThrow();
        if (schoolClass.archived()) {
            return new Refused(Reason.CLASS_ARCHIVED, 0);
        }
        return new JoinOutcome.Resumed(ref(student.get(), schoolClass));
    }

    /**
     * A code that opens nothing: counted, and once this address has had too many, answered with
     * "wait" (the same for every wrong code, so the limit tells a guesser nothing).
     */
    private JoinOutcome counted(JoinClient client, JoinOutcome outcome) {
        if (!(outcome instanceof Refused refused) || !WRONG_CODES.contains(refused.reason())) {
            return outcome;
        }
        long addressWait = throttle.addressWaitSeconds(client);
        throttle.failed(client);
        return addressWait > 0 ? new Refused(Reason.TOO_MANY_TRIES, addressWait) : refused;
    }

    /** Whether the student still exists and may work (not removed, class not archived). */
    @Transactional(readOnly = true)
    public Optional<StudentRef> current(long studentId) {
        return students.findCurrent(studentId);
    }

    /** A token this browser keeps to come back in after a server restart, for a few hours. */
    @Transactional(readOnly = true)
    public String reentryToken(StudentRef student) {
        Student s = students.findById(student.studentId()).orElseThrow();
        return reentry.issue(s.id(), s.resumeCodeHash());
    }

    /** The student a re-entry token names, if it is genuine, unexpired, and their resume code unchanged. */
    @Transactional(readOnly = true)
    public Optional<StudentRef> reenter(String token) {
        return ReentryTokens.studentOf(token).flatMap(students::findById)
                .filter(s -> reentry.valid(token, s.resumeCodeHash()))
                .flatMap(s -> current(s.id()));
    }

    /** The student's class's assignments, newest first. */
    @Transactional(readOnly = true)
    public List<AssignmentInfo> assignmentsFor(StudentRef student) {
        return assignments.findByClassIdAndWithdrawnFalseOrderByIdDesc(student.classId()).stream()
                .map(Assignment::info).filter(a -> catalog.lesson(a.lessonId()).isPresent()).toList();
    }

    /** An assignment the student may open: of their own class, not withdrawn. Anything else is empty. */
    @Transactional(readOnly = true)
    public Optional<AssignmentInfo> assignmentFor(StudentRef student, long assignmentId) {
        return assignments.findById(assignmentId)
                .filter(a -> a.classId() == student.classId() && !a.withdrawn())
                .map(Assignment::info)
                .filter(a -> catalog.lesson(a.lessonId()).isPresent());
    }

    static ClassInfo info(SchoolClass c) {
        return new ClassInfo(c.id(), c.name(), c.joinCode(), c.joiningLocked(), c.archived(), c.archivedAt());
    }

    private static StudentRef ref(Student s, SchoolClass c) {
        return new StudentRef(s.id(), c.id(), s.displayName(), c.name());
    }
}
