package org.workingrecord.worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.AttemptState;
import org.workingrecord.attempt.ClassResults;
import org.workingrecord.attempt.ReviewItem;
import org.workingrecord.attempt.WorkStatus;
import org.workingrecord.audit.AuditAction;
import org.workingrecord.audit.AuditLog;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.Codes;
import org.workingrecord.classroom.StudentInfo;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.Answer;
import org.workingrecord.lesson.Arrangement;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LoadedLesson;

/**
 * Word documents for print, built from lesson plans and stored work: a lesson's worksheet and
 * answer key, a student's completed worksheet, a class pack and login cards. Returns bytes; the
 * pages only offer the download. Class packs are heavy, so only two are built at a time.
 */
@Service
public class WorksheetService {

    static final int PACKS_AT_ONCE = 2;

    private final LessonCatalog catalog;
    private final ClassroomService classroom;
    private final AttemptService attempts;
    private final Clock clock;
    private final AuditLog audit;
    private final Semaphore packs = new Semaphore(PACKS_AT_ONCE);

    WorksheetService(LessonCatalog catalog, ClassroomService classroom, AttemptService attempts, Clock clock, AuditLog audit) {
        this.catalog = catalog;
        this.audit = audit;
        this.classroom = classroom;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** A lesson's blank worksheet, for a teacher who may see the lesson (any shipped one; their own or a shared one). */
    public byte[] worksheet(long teacherId, String lessonId, PaperSize paper) {
        return lessonDocument(teacherId, lessonId, paper, WorksheetWriter.Kind.STUDENT);
    }

    /** A lesson's record and questions as a QTI 2.1 content package (see {@link QtiPackage}), for a teacher who may see the lesson. */
    public byte[] qtiPackage(long teacherId, String lessonId) {
        LoadedLesson lesson = catalog.lessonFor(teacherId, lessonId).orElseThrow(() -> new IllegalArgumentException("no lesson " + lessonId));
        return QtiPackage.of(lesson);
    }

    /** A lesson's questions as Moodle XML (see {@link MoodleXml}), for a teacher who may see the lesson. */
    public byte[] moodleXml(long teacherId, String lessonId) {
        LoadedLesson lesson = catalog.lessonFor(teacherId, lessonId).orElseThrow(() -> new IllegalArgumentException("no lesson " + lessonId));
        return MoodleXml.of(lesson);
    }

    /** A lesson's answer key, for a teacher who may see the lesson. */
    public byte[] answerKey(long teacherId, String lessonId, PaperSize paper) {
        return lessonDocument(teacherId, lessonId, paper, WorksheetWriter.Kind.KEY);
    }

    private byte[] lessonDocument(long teacherId, String lessonId, PaperSize paper, WorksheetWriter.Kind kind) {
        LoadedLesson lesson = catalog.lessonFor(teacherId, lessonId).orElseThrow(() -> new IllegalArgumentException("no lesson " + lessonId));
        try (Docx d = new Docx(paper, lesson.plan().title())) {
            WorksheetWriter.write(d, lesson, AssignedQuestion.all(lesson), kind, null);
            return d.bytes();
        }
    }

    /** A student's own completed worksheet. */
    public byte[] completedForStudent(StudentRef student, long assignmentId, PaperSize paper) {
        AttemptService.Entered entered = attempts.enter(student, assignmentId);
        AttemptService.Work work = entered.work();
        AttemptState state = entered.state();
        Map<String, Answer> answers = new HashMap<>();
        state.answers().forEach((k, v) -> answers.put(k, v.value()));
        Map<String, Integer> points = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        for (ReviewItem item : attempts.review(student, assignmentId)) {
            if (item.teacherPoints() != null) {
                points.put(item.question().key(), item.teacherPoints());
            }
            if (item.teacherComment() != null) {
                comments.put(item.question().key(), item.teacherComment());
            }
        }
        // right and wrong only once handed in, as on the screen; the teacher's grades only once released
        boolean handedIn = state.status() == WorkStatus.SUBMITTED
                || state.status() == WorkStatus.GRADED;
        WorksheetWriter.Filled filled = new WorksheetWriter.Filled(student.displayName(), student.className(), state.submittedAt(),
                clock.getZone(), answers, points, comments, handedIn,
                Arrangement.forStudent(assignmentId, student.studentId()));
        try (Docx d = new Docx(paper, work.lesson().plan().title())) {
            WorksheetWriter.write(d, work.lesson(), work.questions(), WorksheetWriter.Kind.COMPLETED, filled);
            return d.bytes();
        }
    }

    /** One student's completed worksheet, for their teacher. */
    public byte[] completedForTeacher(long teacherId, long assignmentId, long studentId, PaperSize paper) {
        ClassResults results = attempts.results(teacherId, assignmentId);
        StudentInfo student = results.students().stream().filter(s -> s.id() == studentId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not in this class"));
        String className = classroom.classFor(teacherId, results.assignment().classId()).name();
        try (Docx d = new Docx(paper, results.lesson().plan().title())) {
            WorksheetWriter.write(d, results.lesson(), results.questions(), WorksheetWriter.Kind.COMPLETED,
                    filled(results, student, className));
            byte[] bytes = d.bytes();
            audit.record(teacherId, AuditAction.EXPORTED, results.assignment().classId(), studentId,
                    "audit.detail.worksheet", results.lesson().plan().title());
            return bytes;
        }
    }

    /**
     * Every student's completed work in one document, each from a new page with their name on
     * every page and pages numbered per student. {@code ANSWERS} (the default) prints the source
     * once at the front and each student's answers compactly; {@code FULL} repeats the whole
     * worksheet for each student.
     */
    public byte[] classPack(long teacherId, long assignmentId, PaperSize paper, WorksheetWriter.Layout layout) {
        return limited(() -> {
            ClassResults results = attempts.results(teacherId, assignmentId);
            String className = classroom.classFor(teacherId, results.assignment().classId()).name();
            byte[] bytes = pack(paper, results.lesson(), results.questions(),
                    results.students().stream().map(s -> filled(results, s, className)).toList(), layout);
            audit.record(teacherId, AuditAction.EXPORTED, results.assignment().classId(), null, "audit.detail.class-pack",
                    results.lesson().plan().title(), results.students().size());
            return bytes;
        });
    }

    /** The class pack itself, from what was read (also what the benchmark measures). */
    static byte[] pack(PaperSize paper, LoadedLesson lesson, List<AssignedQuestion> questions, List<WorksheetWriter.Filled> students,
                       WorksheetWriter.Layout layout) {
        try (Docx d = new Docx(paper, lesson.plan().title())) {
            if (layout == WorksheetWriter.Layout.ANSWERS || students.isEmpty()) {
                WorksheetWriter.writeSourceOnce(d, lesson, students.isEmpty());
            }
            for (int i = 0; i < students.size(); i++) {
                WorksheetWriter.write(d, lesson, questions, WorksheetWriter.Kind.COMPLETED, students.get(i), layout,
                        i == students.size() - 1);
            }
            return d.bytes();
        }
    }

    /** The same, as a .zip of one .docx per student, named after them. */
    public byte[] classPackZip(long teacherId, long assignmentId, PaperSize paper) {
        return limited(() -> {
            ClassResults results = attempts.results(teacherId, assignmentId);
            String className = classroom.classFor(teacherId, results.assignment().classId()).name();
            try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
                Set<String> names = new HashSet<>();
                for (StudentInfo s : results.students()) {
                    String name = fileName(s.displayName());
                    while (!names.add(name)) {
                        name = name + "-" + s.id();
                    }
                    zip.putNextEntry(new ZipEntry(name + ".docx"));
                    try (Docx d = new Docx(paper, results.lesson().plan().title())) {
                        WorksheetWriter.write(d, results.lesson(), results.questions(), WorksheetWriter.Kind.COMPLETED,
                                filled(results, s, className));
                        zip.write(d.bytes());
                    }
                    zip.closeEntry();
                }
                zip.finish();
                audit.record(teacherId, AuditAction.EXPORTED, results.assignment().classId(), null, "audit.detail.class-pack-zip",
                        results.lesson().plan().title(), results.students().size());
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Cut-out cards with the class code and each student's resume code. Resume codes are kept only
     * as hashes, so printing cards gives every student a new code: the old ones stop working.
     */
    public byte[] loginCards(long teacherId, long classId, PaperSize paper) {
        ClassInfo c = classroom.classFor(teacherId, classId);
        List<StudentInfo> roster = classroom.roster(teacherId, classId);
        try (Docx d = new Docx(paper, c.name())) {
            d.heading(WorksheetWriter.translate("doc.cards.title", c.name()), 14);
            d.paragraph(WorksheetWriter.translate("doc.cards.how"));
            for (int i = 0; i < roster.size(); i += 2) {
                List<String> row = new ArrayList<>();
                for (int j = i; j < Math.min(i + 2, roster.size()); j++) {
                    StudentInfo s = roster.get(j);
                    String code = classroom.resetResumeCode(teacherId, s.id());
                    row.add(WorksheetWriter.translate("doc.card", s.displayName(), c.name(), Codes.display(c.joinCode()),
                            Codes.display(code)));
                }
                if (row.size() == 1) {
                    row.add("");
                }
                var table = d.table(List.of(row), false);
                table.getRow(0).setHeight(2000);
            }
            byte[] bytes = d.bytes();
            audit.record(teacherId, AuditAction.EXPORTED, classId, null, "audit.detail.cards", roster.size());
            return bytes;
        }
    }

    private WorksheetWriter.Filled filled(ClassResults results, StudentInfo s, String className) {
        // a teacher's copy always shows right and wrong
        return new WorksheetWriter.Filled(s.displayName(), className, results.submittedAt().get(s.id()), clock.getZone(),
                results.answers().getOrDefault(s.id(), Map.of()), results.teacherPoints().getOrDefault(s.id(), Map.of()),
                results.comments().getOrDefault(s.id(), Map.of()), true,
                Arrangement.forStudent(results.assignment().id(), s.id()));
    }

    private <T> T limited(Supplier<T> work) {
        if (!packs.tryAcquire()) {
            throw new BusyException();
        }
        try {
            return work.get();
        } finally {
            packs.release();
        }
    }

    static String fileName(String displayName) {
        // letters of any script stay (Zsófia, Иван); everything else becomes a dash
        String safe = Normalizer.normalize(displayName, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return safe.isEmpty() ? "student" : safe;
    }

    /** Too many class packs are being made right now; try again in a moment. */
    public static class BusyException extends RuntimeException {
        public BusyException() {
            super("busy");
        }
    }
}
