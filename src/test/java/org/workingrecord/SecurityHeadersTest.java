package org.workingrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What every page tells the browser: where scripts may come from, no sniffing, no caching of pages, who may frame it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                BodyHandlers.ofString());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        for (String page : new String[] {"/", "/join", "/login"}) {
            HttpResponse<String> r = get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            // the policy, with any registered learning platform allowed to frame the app at its end
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(page)
                    .hasValueSatisfying(v -> assertThat(v).startsWith(WebSecurityConfig.CONTENT_SECURITY_POLICY));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(page).hasValue("same-origin");
            assertThat(r.headers().firstValue("Cache-Control").orElse("")).as(page).contains("no-store");
            assertThat(r.headers().firstValue("X-Frame-Options")).as("frame-ancestors says it, and can name a platform").isEmpty();
            assertThat(r.headers().firstValue("Strict-Transport-Security")).as("only over HTTPS").isEmpty();
        }
        assertThat(WebSecurityConfig.CONTENT_SECURITY_POLICY).contains("object-src 'none'", "default-src 'self'").endsWith("frame-ancestors 'self'");
        assertThat(WebSecurityConfig.contentSecurityPolicy(List.of("https://moodle.school.example")))
                .endsWith("frame-ancestors 'self' https://moodle.school.example");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> r = get("/join");
        assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }
}
