package org.workingrecord.authoring;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.workingrecord.account.AccountService;
import org.workingrecord.shell.Attachment;
import org.workingrecord.shell.Downloads;
import org.workingrecord.shell.Words;

/**
 * A teacher's source or lesson as files for lesson-plans/; another teacher's private source or lesson answers 404,
 * as none does.
 */
@RestController
class SourceFilesController {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final SourceAuthoring authoring;
    private final LessonAuthoring lessons;
    private final AccountService accounts;

    SourceFilesController(SourceAuthoring authoring, LessonAuthoring lessons, AccountService accounts) {
        this.authoring = authoring;
        this.lessons = lessons;
        this.accounts = accounts;
    }

    @GetMapping(Downloads.SOURCE_PACK_ZIP)
    ResponseEntity<byte[]> pack(@PathVariable long id, Principal principal) {
        SourceAuthoring.PackFiles files = authoring.export(accounts.teacher(principal).id(), id)
                .orElseThrow(() -> new AccessDeniedException("no such source"));
        return Attachment.of(files.zip(), ZIP, files.fileName());
    }

    @GetMapping(Downloads.LESSON_FOLDER_ZIP)
    ResponseEntity<byte[]> lesson(@PathVariable long id, Principal principal) {
        LessonAuthoring.LessonFiles files = lessons.export(accounts.teacher(principal).id(), id)
                .orElseThrow(() -> new AccessDeniedException("no such lesson"));
        return Attachment.of(files.zip(), ZIP, files.fileName());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Words.get("export.not-found"));
    }
}
