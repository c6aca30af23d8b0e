package org.workingrecord.gradebook;

import java.security.Principal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.workingrecord.shell.Downloads;
import org.workingrecord.shell.Words;
import org.workingrecord.account.AccountService;
import org.workingrecord.shell.Attachment;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.audit.AuditAction;
import org.workingrecord.audit.AuditLog;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.ClassResults;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.StudentInfo;
import org.workingrecord.classroom.StudentOwner;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.AnswerWords;

/**
 * Downloads at plain addresses, for the signed-in teacher who owns the class: the gradebook of an
 * assignment and everything stored about a class. Anyone else gets 404, as if it did not exist.
 */
@RestController
class ExportController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final AccountService accounts;
    private final ClassroomService classroom;
    private final AttemptService attempts;
    private final Clock clock;
    private final AuditLog audit;

    /** When a student joined, in the school's time zone, as a spreadsheet reads it. */
    private static final DateTimeFormatter JOINED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    ExportController(AccountService accounts, ClassroomService classroom, AttemptService attempts, Clock clock, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
        this.classroom = classroom;
        this.attempts = attempts;
        this.clock = clock;
    }

    @GetMapping(Downloads.ASSIGNMENT_GRADEBOOK_XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Principal principal) {
        long teacherId = accounts.teacher(principal).id();
        ClassResults results = attempts.results(teacherId, id);
        byte[] bytes = GradebookExport.xlsx(results);
        audit.record(teacherId, AuditAction.EXPORTED, results.assignment().classId(), null, "audit.detail.marks",
                results.lesson().plan().title(), "xlsx");
        return Attachment.of(bytes, XLSX, name(results) + ".xlsx");
    }

    @GetMapping(Downloads.ASSIGNMENT_GRADEBOOK_CSV)
    ResponseEntity<byte[]> csv(@PathVariable long id, Principal principal) {
        long teacherId = accounts.teacher(principal).id();
        ClassResults results = attempts.results(teacherId, id);
        byte[] bytes = GradebookExport.csv(results);
        audit.record(teacherId, AuditAction.EXPORTED, results.assignment().classId(), null, "audit.detail.marks",
                results.lesson().plan().title(), "csv");
        return Attachment.of(bytes, CSV, name(results) + ".csv");
    }

    @GetMapping(Downloads.CLASS_GRADEBOOK_XLSX)
    ResponseEntity<byte[]> classXlsx(@PathVariable long id, Principal principal) {
        long teacherId = accounts.teacher(principal).id();
        byte[] bytes = GradebookExport.classXlsx(classResults(teacherId, id));
        audit.record(teacherId, AuditAction.EXPORTED, id, null, "audit.detail.class-marks", "xlsx");
        return Attachment.of(bytes, XLSX, "gradebook-class-" + id + ".xlsx");
    }

    @GetMapping(Downloads.CLASS_GRADEBOOK_CSV)
    ResponseEntity<byte[]> classCsv(@PathVariable long id, Principal principal) {
        long teacherId = accounts.teacher(principal).id();
        byte[] bytes = GradebookExport.classCsv(classResults(teacherId, id));
        audit.record(teacherId, AuditAction.EXPORTED, id, null, "audit.detail.class-marks", "csv");
        return Attachment.of(bytes, CSV, "gradebook-class-" + id + ".csv");
    }

    private List<ClassResults> classResults(long teacherId, long classId) {
        return classroom.assignmentsOf(teacherId, classId).stream().filter(a -> !a.withdrawn())
                .sorted(Comparator.comparingLong(AssignmentInfo::id))
                .map(a -> attempts.results(teacherId, a.id())).toList();
    }

    /** Everything stored about a class's students: names, and every answer with its grade. */
    @GetMapping(Downloads.CLASS_DATA_CSV)
    ResponseEntity<byte[]> classData(@PathVariable long id, Principal principal) {
        long teacherId = accounts.teacher(principal).id();
        ClassInfo c = classroom.classFor(teacherId, id);
        byte[] bytes = GradebookExport.csv(dataRows(teacherId, id, classroom.roster(teacherId, id)));
        audit.record(teacherId, AuditAction.EXPORTED, id, null, "audit.detail.class-data");
        return Attachment.of(bytes, CSV, "class-" + safe(c.name()) + ".csv");
    }

    /**
     * Everything stored about one student, in the class export's columns: for a student or parent who
     * asks what the app keeps. A student of another class, or of another teacher's, answers 404.
     */
    @GetMapping(Downloads.STUDENT_DATA_CSV)
    ResponseEntity<byte[]> studentData(@PathVariable long id, @PathVariable long studentId, Principal principal) {
        long teacherId = accounts.teacher(principal).id();
        return studentCsv(teacherId, teacherId, id, studentId);
    }

    /** The same for an administrator, on a student's or parent's request: made as the class's teacher would make it. */
    @GetMapping(Downloads.ADMIN_STUDENT_DATA_CSV)
    ResponseEntity<byte[]> studentDataForAdmin(@PathVariable long studentId, Principal principal) {
        long adminId = accounts.teacher(principal).id();
        StudentOwner where = classroom.ownerOfStudent(adminId, studentId);
        return studentCsv(adminId, where.teacherId(), where.classId(), studentId);
    }

    private ResponseEntity<byte[]> studentCsv(long actorId, long teacherId, long classId, long studentId) {
        classroom.classFor(teacherId, classId);
        StudentInfo student = classroom.roster(teacherId, classId).stream().filter(s -> s.id() == studentId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a student of this class"));
        byte[] bytes = GradebookExport.csv(dataRows(teacherId, classId, List.of(student)));
        audit.record(actorId, AuditAction.EXPORTED, classId, studentId, "audit.detail.student-data");
        return Attachment.of(bytes, CSV, "student-" + safe(student.displayName()) + ".csv");
    }

    /** The export's rows for these students of the class (its whole roster, or one of them). */
    private List<List<String>> dataRows(long teacherId, long classId, List<StudentInfo> students) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Words.get("export.student"), Words.get("export.joined"), Words.get("export.lesson"),
                Words.get("export.question"), Words.get("export.answer"), Words.get("export.points"), Words.get("export.comment")));
        Set<Long> which = new HashSet<>();
        for (StudentInfo s : students) {
            which.add(s.id());
            rows.add(List.of(s.displayName(), JOINED.format(s.joinedAt().atZone(clock.getZone())), "", "", "", "", ""));
        }
        for (AssignmentInfo a : classroom.assignmentsOf(teacherId, classId)) {
            ClassResults results = attempts.results(teacherId, a.id());
            String lesson = results.lesson().plan().title();
            for (StudentInfo s : results.students()) {
                if (!which.contains(s.id())) {
                    continue;
                }
                Map<String, Answer> answers = results.answers().getOrDefault(s.id(), Map.of());
                for (AssignedQuestion q : results.questions()) {
                    Answer v = answers.get(q.key());
                    if (v == null || v.isEmpty()) {
                        continue;
                    }
                    Integer points = results.teacherPoints().getOrDefault(s.id(), Map.of()).get(q.key());
                    String comment = results.comments().getOrDefault(s.id(), Map.of()).getOrDefault(q.key(), "");
                    rows.add(List.of(s.displayName(), "", lesson, GradebookExport.title(q),
                            AnswerWords.describe(q.question(), v, results.lesson()), points == null ? "" : points.toString(), comment));
                }
            }
        }
        return rows;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> notYours() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Words.get("export.not-found"));
    }


    private static String name(ClassResults results) {
        return "gradebook-" + safe(results.assignment().lessonId()) + "-" + results.assignment().id();
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

}
