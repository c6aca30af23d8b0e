package org.workingrecord.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Signing in over HTTP as a browser does: wrong passwords from someone else, even from the same
 * school address, never lock a teacher out of the browser they sign in on; the guesser waits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired

    TeacherSeeding seeding;

    /** A browser: its own cookies, redirects not followed, so the answer to each sign-in can be read. */
    private record Browser(HttpClient http, CookieManager cookies) {
        static Browser fresh() {
            CookieManager cookies = new CookieManager();
            return new Browser(HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build(), cookies);
        }
    }

    /** Signs in; returns where the server sends the browser ("/login?error" when refused). */
    private String signIn(Browser b, String username, String password) throws Exception {
        b.http().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> r = b.http().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).isEqualTo(302);
        return URI.create(r.headers().firstValue("Location").orElseThrow()).getRawPath()
                + (URI.create(r.headers().firstValue("Location").orElseThrow()).getRawQuery() == null ? ""
                : "?" + URI.create(r.headers().firstValue("Location").orElseThrow()).getRawQuery());
    }

    @Test
    void aGuesserInTheSameSchoolCannotLockTheTeacherOutOfTheirOwnBrowser() throws Exception {
        seeding.seedTeacher("ms.fay", "Ms Fay", "fay's long enough password");
        Browser teacher = Browser.fresh();
        assertThat(signIn(teacher, "ms.fay", "fay's long enough password")).doesNotContain("error");
        HttpCookie device = teacher.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(DeviceCookie.NAME)).findFirst().orElseThrow();
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(device.getPath()).isEqualTo("/login");

        // a pupil who knows the username guesses from another browser on the same address
        Browser pupil = Browser.fresh();
        for (int i = 0; i < LoginThrottle.FREE_TRIES; i++) {
            assertThat(signIn(pupil, "ms.fay", "guess " + i)).isEqualTo("/login?error");
        }
        assertThat(signIn(pupil, "ms.fay", "fay's long enough password")).as("the guesser waits, even with the right password")
                .isEqualTo("/login?error");

        // the teacher, on the browser they signed in on before, is not held up
        Browser sameLaptop = new Browser(HttpClient.newBuilder().cookieHandler(teacher.cookies())
                .followRedirects(HttpClient.Redirect.NEVER).build(), teacher.cookies());
        assertThat(signIn(sameLaptop, "ms.fay", "fay's long enough password")).doesNotContain("error");
    }
}
