package org.workingrecord.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.shell.Downloads;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentControllerTest {

    @LocalServerPort
    int port;

    @Autowired
    DocumentController controller;

    @Autowired
    AccountService accounts;

    @Autowired

    TeacherSeeding seeding;

    @Autowired
    ClassroomService classroom;

    @Test
    void teachersGetWordFilesWithTypeNameAndPaperAndOthersGetNothing() throws Exception {
        TeacherInfo owner = seeding.seedTeacher("doc.owner", "Owner", "long enough password");
        seeding.seedTeacher("doc.other", "Other", "long enough password");
        ClassInfo c = classroom.createClass(owner.id(), "10B");
        long student = ((JoinOutcome.Joined) classroom.join(c.joinCode(), "Anna", new JoinClient("d", "a"))).student().studentId();
        AssignmentInfo a = classroom.assign(owner.id(), c.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of());

        ResponseEntity<byte[]> sheet = controller.worksheet("who-said-what", "letter", Locale.UK, () -> "doc.owner");
        assertThat(sheet.getHeaders().getContentType()).isEqualTo(DocumentController.DOCX);
        assertThat(sheet.getHeaders().getContentDisposition().getFilename()).isEqualTo("worksheet-who-said-what.docx");
        assertThat(WorksheetServiceTest.text(sheet.getBody())).contains("Who said what?");
        assertThat(controller.classPackZip(a.id(), null, Locale.US, () -> "doc.owner").getHeaders().getContentType())
                .isEqualTo(DocumentController.ZIP);
        assertThat(WorksheetServiceTest.text(controller.completed(a.id(), student, "a4", Locale.UK, () -> "doc.owner").getBody()))
                .contains("Name: Anna");

        assertThatThrownBy(() -> controller.classPack(a.id(), null, null, Locale.UK, () -> "doc.other")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> controller.completed(a.id(), student, null, Locale.UK, () -> "doc.other"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(controller.notFound().getStatusCode().value()).isEqualTo(404);
        assertThat(controller.busy().getStatusCode().value()).isEqualTo(503);

        // every download, fetched by its address without signing in, sends the browser to the sign-in page
        for (String path : Downloads.all()) {
            long variables = path.chars().filter(ch -> ch == '{').count();
            String href = path.startsWith("/teach/lessons/") ? Downloads.href(path, "who-said-what")
                    : variables == 2 ? Downloads.href(path, 1, 1) : variables == 0 ? Downloads.href(path) : Downloads.href(path, 1);
            HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/" + href)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as(href + " is for signed-in teachers").isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location")).as(href)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void paperFollowsTheLocaleUnlessChosen() {
        assertThat(PaperSize.parse(null, Locale.US)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.parse(null, new Locale("hu", "HU"))).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.parse("a4", Locale.US)).isEqualTo(PaperSize.A4);
    }
}
