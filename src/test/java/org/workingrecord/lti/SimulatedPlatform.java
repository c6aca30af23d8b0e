package org.workingrecord.lti;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A learning platform for the tests: it signs id_tokens with its own key, publishes the public half at {@code /jwks},
 * and answers its OIDC login endpoint ({@code /auth}) the way a platform does, with a page whose form posts the signed
 * launch to the tool by itself. What the launch says (who, which role, which course and link) is set per test.
 */
final class SimulatedPlatform implements AutoCloseable {

    static final String CLIENT = "working-record-client";
    static final String DEPLOYMENT = "deployment-1";
    static final String INSTRUCTOR = LaunchCheck.MEMBERSHIP + "Instructor";
    static final String LEARNER = LaunchCheck.MEMBERSHIP + "Learner";

    private final HttpServer server;
    private final RSAKey key;
    /** The tool's public key set, to check its client assertions and deep-linking answers. */
    private volatile String toolKeys;
    /** Scores received, as JSON text, by line item path. */
    final List<String> scores = new CopyOnWriteArrayList<>();
    /** How many score posts to refuse (503) before taking them. */
    final AtomicInteger refuseScores = new AtomicInteger();
    /** The course's members, as the roster service answers. */
    volatile List<Map<String, Object>> members = List.of();
    /** Deep-linking answers received, their claims checked against the tool's keys. */
    final List<JWTClaimsSet> deepLinks = new CopyOnWriteArrayList<>();
    private final Map<String, String> tokensGiven = new ConcurrentHashMap<>();

    /** What the next launch through {@code /auth} says, from the login's nonce. */
    private volatile Function<String, Map<String, Object>> nextLaunch = nonce -> Map.of();

    SimulatedPlatform() throws IOException, JOSEException {
        this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", ex -> send(ex, 200, "application/json", new JWKSet(key.toPublicJWK()).toString(true)));
        server.createContext("/auth", this::auth);
        server.createContext("/course", this::course);
        server.createContext("/framed", this::framed);
        server.createContext("/token", this::token);
        server.createContext("/lineitems/", this::score);
        server.createContext("/memberships", this::memberships);
        server.createContext("/deep-link-return", this::deepLinkReturn);
        server.start();
    }

    String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    String authUrl() {
        return issuer() + "/auth";
    }

    String jwksUrl() {
        return issuer() + "/jwks";
    }

    /** This platform registered with the tool by an administrator, its login endpoint at {@code authUrl}. */
    LtiPlatform registerWith(LtiPlatforms platforms, long adminId, String name, String authUrl, String deployments) {
        return platforms.register(adminId, name, issuer(), CLIENT, authUrl, issuer() + "/token", jwksUrl(), deployments);
    }

    void trustTool(String jwksUrl) {
        this.toolKeys = jwksUrl;
    }

    String lineItem(String id) {
        return issuer() + "/lineitems/" + id + "?type=score";
    }

    String memberships() {
        return issuer() + "/memberships";
    }

    /** The services claims a launch offers: a gradebook column and the roster. */
    Map<String, Object> withServices(Map<String, Object> launch, String lineItemId) {
        Map<String, Object> c = new LinkedHashMap<>(launch);
        c.put(LaunchCheck.AGS_ENDPOINT, Map.of("lineitem", lineItem(lineItemId), "scope",
                List.of(LtiScores.SCOPE, "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem")));
        c.put(LaunchCheck.NRPS, Map.of("context_memberships_url", memberships(), "service_versions", List.of("2.0")));
        return c;
    }

    /** A deep-linking request instead of a resource link. */
    Map<String, Object> deepLinking(Map<String, Object> launch) {
        Map<String, Object> c = new LinkedHashMap<>(launch);
        c.remove(LaunchCheck.CLAIM + "resource_link");
        c.put(LaunchCheck.CLAIM + "message_type", "LtiDeepLinkingRequest");
        c.put(LaunchCheck.DEEP_LINKING + "deep_linking_settings", Map.of("deep_link_return_url", issuer() + "/deep-link-return",
                "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets", List.of("iframe", "window"),
                "data", "opaque-data-42"));
        return c;
    }

    void nextLaunch(Function<String, Map<String, Object>> claims) {
        this.nextLaunch = claims;
    }

    /** The claims of a resource-link launch by this user, in this course and link, with this nonce. */
    Map<String, Object> launch(String nonce, String subject, String role, String given, String family, String course, String link,
                               Map<String, String> custom) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("iss", issuer());
        c.put("aud", CLIENT);
        c.put("sub", subject);
        c.put("nonce", nonce);
        c.put("iat", Instant.now().getEpochSecond());
        c.put("exp", Instant.now().plusSeconds(300).getEpochSecond());
        c.put("given_name", given);
        c.put("family_name", family);
        c.put("name", given + " " + family);
        c.put("email", given.toLowerCase() + "@school.example");
        c.put(LaunchCheck.CLAIM + "message_type", "LtiResourceLinkRequest");
        c.put(LaunchCheck.CLAIM + "version", "1.3.0");
        c.put(LaunchCheck.CLAIM + "deployment_id", DEPLOYMENT);
        c.put(LaunchCheck.CLAIM + "target_link_uri", "http://tool.example/lti/launch");
        c.put(LaunchCheck.CLAIM + "roles", List.of(role));
        c.put(LaunchCheck.CLAIM + "context", Map.of("id", course, "title", "History 10B (" + course + ")"));
        c.put(LaunchCheck.CLAIM + "resource_link", Map.of("id", link, "title", "Reading the record"));
        if (!custom.isEmpty()) {
            c.put(LaunchCheck.CLAIM + "custom", custom);
        }
        return c;
    }

    String sign(Map<String, Object> claims) throws Exception {
        return sign(claims, key);
    }

    static String sign(Map<String, Object> claims, RSAKey with) throws Exception {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder();
        claims.forEach((k, v) -> b.claim(k, v instanceof Long seconds && (k.equals("iat") || k.equals("exp")) ? Date.from(Instant.ofEpochSecond(seconds)) : v));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), b.build());
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    /** The platform's login endpoint: a page that posts the signed launch to the tool's redirect URI by itself. */
    private void auth(HttpExchange ex) throws IOException {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : ex.getRequestURI().getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        String token;
        try {
            token = sign(nextLaunch.apply(q.get("nonce")));
        } catch (Exception e) {
            send(ex, 500, "text/plain", e.toString());
            return;
        }
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Platform</title></head><body onload=\"document.forms[0].submit()\">"
                + "<form method=\"post\" action=\"" + q.get("redirect_uri") + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + token + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + q.get("state") + "\">"
                + "<noscript><button type=\"submit\">Continue</button></noscript></form></body></html>";
        send(ex, 200, "text/html; charset=utf-8", page);
    }

    /** The token endpoint: a client assertion signed with the tool's key, for this platform, gets a token. */
    private void token(HttpExchange ex) throws IOException {
        Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        try {
            JWTClaimsSet claims = checked(form.get("client_assertion"));
            if (!CLIENT.equals(claims.getIssuer()) || !CLIENT.equals(claims.getSubject()) || !claims.getAudience().contains(issuer() + "/token")
                    || !"client_credentials".equals(form.get("grant_type"))) {
                send(ex, 400, "application/json", "{\"error\":\"invalid_client\"}");
                return;
            }
        } catch (Exception e) {
            send(ex, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        String token = UUID.randomUUID().toString();
        tokensGiven.put(token, form.get("scope"));
        send(ex, 200, "application/json", "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\""
                + form.get("scope") + "\"}");
    }

    private boolean authorised(HttpExchange ex, String scope) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        return auth != null && auth.startsWith("Bearer ") && scope.equals(tokensGiven.get(auth.substring(7)));
    }

    private void score(HttpExchange ex) throws IOException {
        if (!authorised(ex, LtiScores.SCOPE)) {
            send(ex, 401, "text/plain", "no token");
            return;
        }
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (refuseScores.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            send(ex, 503, "text/plain", "gradebook busy");
            return;
        }
        if (!ex.getRequestURI().getPath().endsWith("/scores") || !"application/vnd.ims.lis.v1.score+json".equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
            send(ex, 400, "text/plain", "not a score");
            return;
        }
        scores.add(body);
        send(ex, 200, "application/json", "{}");
    }

    private void memberships(HttpExchange ex) throws IOException {
        if (!authorised(ex, LtiRoster.SCOPE)) {
            send(ex, 401, "text/plain", "no token");
            return;
        }
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("id", memberships());
        container.put("context", Map.of("id", "course"));
        container.put("members", members);
        send(ex, 200, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json", JSONObjectUtils.toJSONString(container));
    }

    private void deepLinkReturn(HttpExchange ex) throws IOException {
        Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        try {
            deepLinks.add(checked(form.get("JWT")));
            send(ex, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"en\"><head><title>Course</title></head><body>"
                    + "<h1>Activity added</h1></body></html>");
        } catch (Exception e) {
            send(ex, 400, "text/plain", "refused: " + e);
        }
    }

    /** A JWT signed with the tool's key, checked against the key set it publishes. */
    private JWTClaimsSet checked(String jwt) throws Exception {
        SignedJWT signed = SignedJWT.parse(jwt);
        JWKSet keys = JWKSet.load(URI.create(toolKeys).toURL());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(signed.getHeader().getKeyID());
        if (key == null || !signed.verify(new RSASSAVerifier(key))) {
            throw new IllegalArgumentException("bad signature");
        }
        return signed.getJWTClaimsSet();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return q;
    }

    /** A course page that shows the tool inside itself, as platforms do by default ({@code ?tool=} its base address). */
    private void framed(HttpExchange ex) throws IOException {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Course</title></head><body><h1>History 10B</h1>"
                + "<iframe title=\"Working Record\" style=\"width:100%;height:900px\" src=\"/course?" + ex.getRequestURI().getRawQuery()
                + "\"></iframe></body></html>";
        send(ex, 200, "text/html; charset=utf-8", page);
    }

    /** A course page whose link to the tool starts the login at the tool ({@code ?tool=} its base address), by itself. */
    private void course(HttpExchange ex) throws IOException {
        String tool = URLDecoder.decode(ex.getRequestURI().getRawQuery().replaceFirst("^tool=", ""), StandardCharsets.UTF_8);
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Course</title></head><body onload=\"document.forms[0].submit()\">"
                + "<form method=\"post\" action=\"" + tool + "/lti/login\">"
                + "<input type=\"hidden\" name=\"iss\" value=\"" + issuer() + "\">"
                + "<input type=\"hidden\" name=\"login_hint\" value=\"hint\">"
                + "<input type=\"hidden\" name=\"target_link_uri\" value=\"" + tool + "/lti/launch\">"
                + "<input type=\"hidden\" name=\"client_id\" value=\"" + CLIENT + "\">"
                + "<input type=\"hidden\" name=\"lti_deployment_id\" value=\"" + DEPLOYMENT + "\">"
                + "</form></body></html>";
        send(ex, 200, "text/html; charset=utf-8", page);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
