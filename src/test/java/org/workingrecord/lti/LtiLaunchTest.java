package org.workingrecord.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.support.Administrators;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * LTI 1.3 launches from a simulated platform, over HTTP as a browser makes them: login initiation, the platform's
 * signed launch, the sign-in that follows; and each launch that must be refused, with the page that says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LtiLaunchTest {

    static SimulatedPlatform platform;

    @LocalServerPort
    int port;

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    TeacherSeeding seeding;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void platformUp() throws Exception {
        platform = new SimulatedPlatform();
    }

    @AfterAll
    static void platformDown() {
        platform.close();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void registered() {
        if (jdbc.queryForObject("select count(*) from lti_platform where issuer = ?", Integer.class, platform.issuer()) == 0) {
            TeacherInfo admin = Administrators.seed(seeding, jdbc, "lti.admin" + System.nanoTime(), "Admin");
            platform.registerWith(platforms, admin.id(), "School Moodle", platform.authUrl(), SimulatedPlatform.DEPLOYMENT + ", deployment-2");
        }
    }

    private Launcher launcher() {
        registered();
        return new Launcher(base(), platform);
    }

    /** The state and nonce the tool sends the platform's login endpoint, with every parameter of its redirect checked. */
    private Map<String, String> login(String issuer) throws Exception {
        Map<String, String> q = launcher().login(issuer);
        assertThat(q).containsEntry("scope", "openid").containsEntry("response_type", "id_token").containsEntry("response_mode", "form_post")
                .containsEntry("prompt", "none").containsEntry("client_id", SimulatedPlatform.CLIENT)
                .containsEntry("redirect_uri", base() + "/lti/launch").containsEntry("login_hint", "hint-1")
                .containsEntry("lti_message_hint", "m-1");
        assertThat(q.get("state")).hasSizeGreaterThan(30);
        assertThat(q.get("nonce")).hasSizeGreaterThan(30).isNotEqualTo(q.get("state"));
        return q;
    }

    private HttpResponse<String> post(String idToken, String state) throws Exception {
        return launcher().post(idToken, state);
    }

    private HttpResponse<String> launch(String subject, String role, String given, String family, String course, String link,
                                        Map<String, String> custom, UnaryOperator<Map<String, Object>> change) throws Exception {
        return launcher().launch(subject, role, given, family, course, link, custom, change);
    }

    private HttpResponse<String> get(String location, HttpResponse<?> signedIn) throws Exception {
        return launcher().get(location, signedIn);
    }

    private static String enc(String s) {
        return Launcher.enc(s);
    }

    @Test
    void anInstructorMakesTheClassAndAssignmentAndALearnerGoesStraightToTheWork() throws Exception {
        String course = "course-" + UUID.randomUUID();
        HttpResponse<String> teacher = launch("t-" + course, SimulatedPlatform.INSTRUCTOR, "Katalin", "Nemes", course, "link-1",
                Map.of("lesson", "who-said-what"), c -> c);
        assertThat(teacher.statusCode()).as(teacher.body()).isEqualTo(303);
        String page = teacher.headers().firstValue("Location").orElseThrow();
        assertThat(page).matches(base() + "/teach/assignments/\\d+");
        long assignmentId = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        // signed in as the class's teacher: the class's gradebook is theirs to download
        HttpResponse<String> gradebook = get(base() + "/teach/assignments/" + assignmentId + "/gradebook.csv", teacher);
        assertThat(gradebook.statusCode()).isEqualTo(200);
        Map<String, Object> made = jdbc.queryForMap("select c.name as class_name, t.display_name, t.username from assignment a"
                + " join school_class c on c.id = a.class_id join teacher t on t.id = c.owner_id where a.id = ?", assignmentId);
        assertThat(made.get("class_name")).isEqualTo("History 10B (" + course + ")");
        assertThat(made.get("display_name")).isEqualTo("Katalin N.");

        HttpResponse<String> learner = launch("s-" + course, SimulatedPlatform.LEARNER, "Anna", "Kovács", course, "link-1", Map.of(), c -> c);
        assertThat(learner.statusCode()).as(learner.body()).isEqualTo(303);
        assertThat(learner.headers().firstValue("Location")).contains(base() + "/work/" + assignmentId);
        assertThat(learner.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("wr-student="));
        HttpResponse<String> work = get(base() + "/work/" + assignmentId, learner);
        assertThat(work.statusCode()).as("a student page, not the way to join").isEqualTo(200);
        // the same learner again is the same student; another with the same name is told apart
        launch("s-" + course, SimulatedPlatform.LEARNER, "Anna", "Kovács", course, "link-1", Map.of(), c -> c);
        launch("s2-" + course, SimulatedPlatform.LEARNER, "Anna", "Kiss", course, "link-1", Map.of(), c -> c);
        assertThat(jdbc.queryForList("select s.display_name from student s join assignment a on a.class_id = s.class_id where a.id = ?"
                + " order by s.id", String.class, assignmentId)).containsExactly("Anna K.", "Anna Ki.");
        // only opaque ids and a short name are kept: the email the platform sent is nowhere
        for (String table : List.of("teacher", "student", "lti_user", "lti_student", "lti_context", "lti_link", "school_class")) {
            assertThat(jdbc.queryForList("select * from " + table).toString()).as(table).doesNotContain("school.example")
                    .doesNotContain("Kovács").doesNotContain("Nemes");
        }
    }

    @Test
    void aLearnerBeforeTheirTeacherIsToldToWait() throws Exception {
        String course = "course-" + UUID.randomUUID();
        HttpResponse<String> r = launch("s-" + course, SimulatedPlatform.LEARNER, "Bence", "Tóth", course, "link-9", Map.of(), c -> c);
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("Your teacher has not opened this activity yet.").startsWith("<!DOCTYPE html><html lang=\"en\">");
        assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("wr-student="));
    }

    @Test
    void aReplayedLaunchIsRefused() throws Exception {
        registered();
        String course = "course-" + UUID.randomUUID();
        Map<String, String> q = login(platform.issuer());
        String token = platform.sign(platform.launch(q.get("nonce"), "t-" + course, SimulatedPlatform.INSTRUCTOR, "Ida", "Fekete", course, "l", Map.of()));
        assertThat(post(token, q.get("state")).statusCode()).isEqualTo(303);
        HttpResponse<String> again = post(token, q.get("state"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("This sign-in was already used");
        // the same token with a fresh login: its nonce is not that login's
        HttpResponse<String> otherLogin = post(token, login(platform.issuer()).get("state"));
        assertThat(otherLogin.body()).contains("does not belong to the login that started it");
    }

    @Test
    void aWrongSignatureAnExpiredTokenAnUnknownDeploymentOrAnotherToolsTokenIsRefusedWithWhy() throws Exception {
        String course = "course-" + UUID.randomUUID();
        registered();
        Map<String, String> q = login(platform.issuer());
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        HttpResponse<String> forged = post(SimulatedPlatform.sign(platform.launch(q.get("nonce"), "x", SimulatedPlatform.INSTRUCTOR,
                "Eve", "Mallory", course, "l", Map.of()), stranger), q.get("state"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("signature on this sign-in could not be checked");

        HttpResponse<String> expired = launch("x", SimulatedPlatform.INSTRUCTOR, "Old", "Token", course, "l", Map.of(), c -> {
            c.put("iat", Instant.now().minusSeconds(900).getEpochSecond());
            c.put("exp", Instant.now().minusSeconds(300).getEpochSecond());
            return c;
        });
        assertThat(expired.body()).contains("This sign-in has expired");
        HttpResponse<String> deployment = launch("x", SimulatedPlatform.INSTRUCTOR, "Dan", "Dep", course, "l", Map.of(), c -> {
            c.put(LaunchCheck.CLAIM + "deployment_id", "not-registered");
            return c;
        });
        assertThat(deployment.body()).contains("This deployment of the learning platform is not registered");
        HttpResponse<String> audience = launch("x", SimulatedPlatform.INSTRUCTOR, "Ann", "Aud", course, "l", Map.of(), c -> {
            c.put("aud", "another-tool");
            return c;
        });
        assertThat(audience.body()).contains("made for another tool");
        HttpResponse<String> noRole = launch("x", LaunchCheck.MEMBERSHIP + "Mentor", "Meg", "Mentor", course, "l", Map.of(), c -> c);
        assertThat(noRole.body()).contains("gave you neither role");
        assertThat(jdbc.queryForObject("select count(*) from lti_context where context_id = ?", Integer.class, course))
                .as("nothing was made for a refused launch").isZero();
    }

    @Test
    void anUnknownPlatformOrDeploymentIsRefusedAtLoginAndTheToolsKeysArePublic() throws Exception {
        registered();
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(base() + "/lti/login?iss=" + enc("https://elsewhere.example")
                + "&login_hint=h&target_link_uri=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("This learning platform is not registered with Working Record.");
        HttpResponse<String> deployment = http.send(HttpRequest.newBuilder(URI.create(base() + "/lti/login?iss=" + enc(platform.issuer())
                + "&login_hint=h&target_link_uri=x&lti_deployment_id=nope")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deployment.body()).contains("This deployment of the learning platform is not registered");

        HttpResponse<String> jwks = http.send(HttpRequest.newBuilder(URI.create(base() + "/lti/jwks")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.body()).contains("\"kty\":\"RSA\"", "\"n\":", "\"kid\":").doesNotContain("\"d\"").doesNotContain("\"p\"");
    }

    @Test
    void onlyAdministratorsRegisterPlatformsAndEachFieldIsChecked() {
        TeacherInfo teacher = seeding.seedTeacher("lti.plain" + System.nanoTime(), "Plain", "long enough password");
        assertThatThrownBy(() -> platforms.register(teacher.id(), "X", "https://x.example", "c", "https://x.example/auth",
                "https://x.example/token", "https://x.example/jwks", "d")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> platforms.list(teacher.id())).isInstanceOf(AccessDeniedException.class);
        TeacherInfo admin = Administrators.seed(seeding, jdbc, "lti.adm" + System.nanoTime(), "Admin");
        assertThatThrownBy(() -> platforms.register(admin.id(), "X", "https://x.example", "c", "http://x.example/auth",
                "https://x.example/token", "https://x.example/jwks", "d")).hasMessage("auth");
        assertThatThrownBy(() -> platforms.register(admin.id(), "X", "https://x.example", "c", "https://x.example/auth",
                "https://x.example/token", "https://x.example/jwks", " , ")).hasMessage("deployments");
        LtiPlatform p = platforms.register(admin.id(), "X", "https://x" + System.nanoTime() + ".example", "c", "https://x.example/auth",
                "https://x.example/token", "https://x.example/jwks", "d1\nd2");
        assertThat(p.deploymentIds()).containsExactly("d1", "d2");
        assertThat(platforms.list(admin.id())).contains(p);
        platforms.remove(admin.id(), p.id());
        assertThat(platforms.list(admin.id())).doesNotContain(p);
    }

    @Test
    void aLaunchInThePlatformsFrameKeepsItsSessionThereOrContinuesInANewWindow() throws Exception {
        String course = "course-" + UUID.randomUUID();
        Map<String, String> q = login(platform.issuer());
        String token = platform.sign(platform.launch(q.get("nonce"), "t-" + course, SimulatedPlatform.INSTRUCTOR, "Fanni", "Lukács", course,
                "link-f", Map.of("lesson", "who-said-what")));
        HttpResponse<String> framed = launcher().post(token, q.get("state"), "Sec-Fetch-Dest", "iframe");
        assertThat(framed.statusCode()).as(framed.body()).isEqualTo(200);
        assertThat(framed.body()).contains("Open Working Record in a new window", "/lti/continue?ticket=", "/lti/check");
        assertThat(framed.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .contains("SameSite=None", "Secure", "Partitioned", "HttpOnly"));
        // the page's check, from inside the frame: with the cookie the browser kept, signed in; without, not
        HttpResponse<String> kept = get(base() + "/lti/check", framed);
        assertThat(kept.body()).isEqualTo("{\"signedIn\":true}");
        HttpResponse<String> lost = http.send(HttpRequest.newBuilder(URI.create(base() + "/lti/check")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(lost.body()).isEqualTo("{\"signedIn\":false}");

        // a browser that kept no cookie: the new window signs the same teacher in, once
        Matcher ticket = Pattern.compile("href=\"([^\"]*/lti/continue\\?ticket=[^\"]+)\"").matcher(framed.body());
        assertThat(ticket.find()).isTrue();
        String continueUrl = ticket.group(1).replace("&amp;", "&");
        HttpResponse<String> window = launcher().http.send(HttpRequest.newBuilder(URI.create(continueUrl)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(window.statusCode()).isEqualTo(303);
        String page = window.headers().firstValue("Location").orElseThrow();
        assertThat(page).matches(base() + "/teach/assignments/\\d+");
        assertThat(get(page.replaceFirst("$", "/gradebook.csv"), window).statusCode()).isEqualTo(200);
        HttpResponse<String> again = launcher().http.send(HttpRequest.newBuilder(URI.create(continueUrl)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("was already used or is more than 2 minutes old");

        // the registered platform may show the app in its pages; no other site may
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'self' ")
                .contains(platform.issuer()).doesNotContain("*");
        assertThat(home.headers().firstValue("X-Frame-Options")).isEmpty();
    }
}
