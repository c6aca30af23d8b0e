package org.workingrecord.worksheet;

import java.security.Principal;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workingrecord.shell.Downloads;
import org.workingrecord.shell.Words;
import org.workingrecord.account.AccountService;
import org.workingrecord.shell.Attachment;

/**
 * Word documents at plain addresses for signed-in teachers ({@code ?paper=a4} or {@code letter};
 * default from the browser's language). Another teacher's class answers 404.
 */
@RestController
class DocumentController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    static final MediaType XML = MediaType.parseMediaType("application/xml");

    private final WorksheetService worksheets;
    private final AccountService accounts;

    DocumentController(WorksheetService worksheets, AccountService accounts) {
        this.worksheets = worksheets;
        this.accounts = accounts;
    }

    @GetMapping(Downloads.LESSON_WORKSHEET)
    ResponseEntity<byte[]> worksheet(@PathVariable String lessonId, @RequestParam(required = false) String paper, Locale locale,
                                     Principal principal) {
        return Attachment.of(worksheets.worksheet(accounts.teacher(principal).id(), lessonId, PaperSize.parse(paper, locale)), DOCX,
                "worksheet-" + fileName(lessonId) + ".docx");
    }

    @GetMapping(Downloads.LESSON_MOODLE_XML)
    ResponseEntity<byte[]> moodle(@PathVariable String lessonId, Principal principal) {
        return Attachment.of(worksheets.moodleXml(accounts.teacher(principal).id(), lessonId), XML,
                "moodle-questions-" + fileName(lessonId) + ".xml");
    }

    @GetMapping(Downloads.LESSON_QTI_ZIP)
    ResponseEntity<byte[]> qti(@PathVariable String lessonId, Principal principal) {
        return Attachment.of(worksheets.qtiPackage(accounts.teacher(principal).id(), lessonId), ZIP,
                "qti-" + fileName(lessonId) + ".zip");
    }

    @GetMapping(Downloads.LESSON_ANSWER_KEY)
    ResponseEntity<byte[]> answerKey(@PathVariable String lessonId, @RequestParam(required = false) String paper, Locale locale,
                                     Principal principal) {
        return Attachment.of(worksheets.answerKey(accounts.teacher(principal).id(), lessonId, PaperSize.parse(paper, locale)), DOCX,
                "answer-key-" + fileName(lessonId) + ".docx");
    }

    /** A lesson's id in a file name; a teacher's lesson's version as "-v3" ("council-vote-v3"). */
    static String fileName(String lessonId) {
        return lessonId.replace("@", "-v");
    }

    @GetMapping(Downloads.ASSIGNMENT_CLASS_PACK)
    ResponseEntity<byte[]> classPack(@PathVariable long id, @RequestParam(required = false) String paper,
                                     @RequestParam(required = false) String layout, Locale locale, Principal principal) {
        WorksheetWriter.Layout chosen = "full".equals(layout) ? WorksheetWriter.Layout.FULL : WorksheetWriter.Layout.ANSWERS;
        return Attachment.of(worksheets.classPack(accounts.teacher(principal).id(), id, PaperSize.parse(paper, locale), chosen), DOCX,
                "class-pack-" + id + (chosen == WorksheetWriter.Layout.FULL ? "-full" : "") + ".docx");
    }

    @GetMapping(Downloads.ASSIGNMENT_CLASS_PACK_ZIP)
    ResponseEntity<byte[]> classPackZip(@PathVariable long id, @RequestParam(required = false) String paper, Locale locale,
                                        Principal principal) {
        return Attachment.of(worksheets.classPackZip(accounts.teacher(principal).id(), id, PaperSize.parse(paper, locale)), ZIP, "class-pack-" + id + ".zip");
    }

    @GetMapping(Downloads.STUDENT_WORKSHEET)
    ResponseEntity<byte[]> completed(@PathVariable long id, @PathVariable long studentId, @RequestParam(required = false) String paper,
                                     Locale locale, Principal principal) {
        return Attachment.of(worksheets.completedForTeacher(accounts.teacher(principal).id(), id, studentId, PaperSize.parse(paper, locale)), DOCX,
                "worksheet-" + id + "-" + studentId + ".docx");
    }

    @ExceptionHandler({AccessDeniedException.class, IllegalArgumentException.class})
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Words.get("export.not-found"));
    }

    @ExceptionHandler(WorksheetService.BusyException.class)
    ResponseEntity<String> busy() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .body(Words.get("export.busy"));
    }


}
