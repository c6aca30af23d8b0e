package org.workingrecord.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Student pages over HTTP, as a browser loads them: signed out, a student's page sends the browser to
 * join its class and a teacher's page to the teachers' sign-in; with the re-entry cookie (after a
 * restart, in a new session) the student's page loads at once, in a session of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StudentPagesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ClassroomService classroom;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signedOutStudentPagesGoToJoiningAndTeacherPagesToSignIn() throws Exception {
        for (String page : List.of("/my-work", "/work/41", "/work/41/worksheet")) {
            HttpResponse<String> answer = get(page, null);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(page).endsWith("/join");
        }
        for (String page : List.of("/teach", "/teach/assignments/41/grading", "/admin/teachers")) {
            HttpResponse<String> answer = get(page, null);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(page).endsWith("/login");
        }
    }

    @Test
    void theReentryCookieOpensTheStudentsPageInANewSession() throws Exception {
        ClassInfo c = classroom.createClass(930_001L, "8D");
        JoinOutcome.Joined dana = (JoinOutcome.Joined) classroom.join(c.joinCode(), "Dana", new JoinClient("h" + System.nanoTime(), "127.0.0.8"));
        HttpResponse<String> answer = get("/my-work", ReentryCookie.NAME + "=" + classroom.reentryToken(dana.student()));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID="));

        HttpResponse<String> forged = get("/my-work", ReentryCookie.NAME + "=" + dana.student().studentId() + ".99999999999.AAAA");
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location").orElse("")).endsWith("/join");
        assertThat(forged.headers().allValues("Set-Cookie")).as("the forged cookie is dropped")
                .anyMatch(cookie -> cookie.startsWith(ReentryCookie.NAME + "=;") && cookie.contains("Expires=Thu, 01 Jan 1970"));
    }
}
