package org.workingrecord.lti;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * Access tokens for the platform's services (scores, rosters): asked of its token endpoint with a client assertion
 * signed by the tool's key (OAuth 2 client credentials, as LTI Advantage asks), and kept until shortly before they
 * expire.
 */
@Component
class PlatformTokens {

    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final ToolKey toolKey;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    PlatformTokens(ToolKey toolKey, Clock clock) {
        this.toolKey = toolKey;
        this.clock = clock;
    }

    private record Token(String value, Instant until) {
    }

    /** What a platform said when it did not answer as hoped: the status and a short reason, for the teacher's page. */
    static final class PlatformError extends Exception {
        PlatformError(String message) {
            super(message.length() > 280 ? message.substring(0, 280) : message);
        }
    }

    String token(LtiPlatform platform, String scope) throws PlatformError {
        String key = platform.id() + " " + scope;
        Token t = tokens.get(key);
        if (t != null && clock.instant().isBefore(t.until())) {
            return t.value();
        }
        Instant now = clock.instant();
        String assertion = toolKey.sign(new JWTClaimsSet.Builder().issuer(platform.clientId()).subject(platform.clientId())
                .audience(platform.tokenUrl()).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString()).build());
        String form = "grant_type=client_credentials&client_assertion_type="
                + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer") + "&client_assertion=" + enc(assertion) + "&scope=" + enc(scope);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(platform.tokenUrl())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (r.statusCode() / 100 != 2) {
            throw new PlatformError("token " + r.statusCode() + ": " + r.body());
        }
        try {
            Map<String, Object> json = JSONObjectUtils.parse(r.body());
            String value = (String) json.get("access_token");
            long seconds = json.get("expires_in") instanceof Number n ? n.longValue() : 3600;
            if (value == null) {
                throw new PlatformError("token: no access_token");
            }
            tokens.put(key, new Token(value, now.plusSeconds(Math.max(0, seconds - 60))));
            return value;
        } catch (ParseException | ClassCastException e) {
            throw new PlatformError("token: not JSON");
        }
    }

    HttpResponse<String> send(HttpRequest request) throws PlatformError {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PlatformError(request.uri().getHost() + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformError("interrupted");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
