package org.workingrecord.lti;

import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.workingrecord.account.AccountService;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.shell.Attachment;
import org.workingrecord.shell.Downloads;
import org.workingrecord.shell.LtiEndpoints;

/** The lessons a teacher may give, as a Common Cartridge of LTI links to import into a course (see {@link Cartridge}). */
@RestController
class CartridgeController {

    static final MediaType CARTRIDGE = MediaType.parseMediaType("application/vnd.ims.imsccv1p3");

    private final AccountService accounts;
    private final LessonCatalog catalog;

    CartridgeController(AccountService accounts, LessonCatalog catalog) {
        this.accounts = accounts;
        this.catalog = catalog;
    }

    @GetMapping(Downloads.LESSONS_CARTRIDGE)
    ResponseEntity<byte[]> cartridge(Principal principal) {
        long teacherId = accounts.teacher(principal).id();
        String launch = ServletUriComponentsBuilder.fromCurrentContextPath().path(LtiEndpoints.LAUNCH).toUriString();
        return Attachment.of(Cartridge.of(catalog.assignableBy(teacherId), launch), CARTRIDGE, "working-record-lessons.imscc");
    }
}
