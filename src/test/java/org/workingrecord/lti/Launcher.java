package org.workingrecord.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A browser's part in a launch, over HTTP: the login at the tool, the platform's signed launch posted back, what follows. */
final class Launcher {

    private final String base;
    private final SimulatedPlatform platform;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Launcher(String base, SimulatedPlatform platform) {
        this.base = base;
        this.platform = platform;
    }

    /** The state and nonce the tool sends the platform's login endpoint, after checking its redirect. */
    Map<String, String> login(String issuer) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/lti/login?iss=" + enc(issuer)
                + "&login_hint=hint-1&target_link_uri=" + enc(base + "/lti/launch") + "&client_id=" + SimulatedPlatform.CLIENT
                + "&lti_message_hint=m-1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(platform.authUrl() + "?");
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return q;
    }

    HttpResponse<String> post(String idToken, String state, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/lti/launch"));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id_token=" + enc(idToken) + "&state=" + enc(state))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A whole launch: login, the platform's token (changed by {@code change}), the post. */
    HttpResponse<String> launch(String subject, String role, String given, String family, String course, String link,
                                Map<String, String> custom, UnaryOperator<Map<String, Object>> change) throws Exception {
        Map<String, String> q = login(platform.issuer());
        Map<String, Object> claims = new LinkedHashMap<>(platform.launch(q.get("nonce"), subject, role, given, family, course, link, custom));
        return post(platform.sign(change.apply(claims)), q.get("state"));
    }

    /** A page fetched with the cookies a launch's answer set. */
    HttpResponse<String> get(String location, HttpResponse<?> signedIn) throws Exception {
        String cookies = String.join("; ", signedIn.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());
        return http.send(HttpRequest.newBuilder(URI.create(location)).header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
