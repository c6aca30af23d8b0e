package org.workingrecord.lti;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Checks a platform's launch (its OIDC id_token) the way LTI 1.3 asks: signed with one of the keys the platform
 * publishes at its registered key-set URL (RS256), by the registered issuer, for this tool's client id, not expired,
 * carrying the nonce of the login this tool began, from a registered deployment, an LTI 1.3.0 resource-link launch
 * or deep-linking request.
 * Each refusal names what was wrong. Only the claims the app needs are read.
 */
@Component
class LaunchCheck {

    static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String DEEP_LINKING = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    /** Clocks of platform and tool may differ a little. */
    static final Duration SKEW = Duration.ofMinutes(1);

    private final Clock clock;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    LaunchCheck(Clock clock) {
        this.clock = clock;
    }

    Launch check(LtiPlatform platform, String nonce, String idToken) {
        Jwt jwt = decode(platform, idToken);
        if (!platform.issuer().equals(jwt.getClaimAsString("iss"))) {
            throw new LaunchRefused("lti.refused.issuer");
        }
        List<String> audience = jwt.getAudience();
        if (audience == null || !audience.contains(platform.clientId())
                || audience.size() > 1 && !platform.clientId().equals(jwt.getClaimAsString("azp"))) {
            throw new LaunchRefused("lti.refused.audience");
        }
        Instant now = clock.instant();
        if (jwt.getExpiresAt() == null || now.isAfter(jwt.getExpiresAt().plus(SKEW))
                || jwt.getIssuedAt() == null || jwt.getIssuedAt().isAfter(now.plus(SKEW))) {
            throw new LaunchRefused("lti.refused.expired");
        }
        if (!nonce.equals(jwt.getClaimAsString("nonce"))) {
            throw new LaunchRefused("lti.refused.nonce");
        }
        String deployment = jwt.getClaimAsString(CLAIM + "deployment_id");
        if (!platform.deploymentIds().contains(deployment)) {
            throw new LaunchRefused("lti.refused.deployment");
        }
        String type = jwt.getClaimAsString(CLAIM + "message_type");
        boolean deepLinking = "LtiDeepLinkingRequest".equals(type);
        if (!"1.3.0".equals(jwt.getClaimAsString(CLAIM + "version")) || !deepLinking && !"LtiResourceLinkRequest".equals(type)) {
            throw new LaunchRefused("lti.refused.message");
        }
        String subject = jwt.getSubject();
        Map<String, Object> context = jwt.getClaimAsMap(CLAIM + "context");
        String contextId = context == null ? null : context.get("id") instanceof String id && !id.isBlank() && id.length() <= 255 ? id : "";
        String linkId = null;
        Launch.DeepLinkReturn deepLink = null;
        if (deepLinking) {
            Map<String, Object> settings = jwt.getClaimAsMap(DEEP_LINKING + "deep_linking_settings");
            if (settings == null || !(settings.get("deep_link_return_url") instanceof String returnUrl) || !returnUrl.startsWith("http")
                    || settings.get("accept_types") instanceof List<?> types && !types.contains("ltiResourceLink")) {
                throw new LaunchRefused("lti.refused.claims");
            }
            deepLink = new Launch.DeepLinkReturn(returnUrl, settings.get("data") instanceof String d ? d : null);
        } else {
            Map<String, Object> link = jwt.getClaimAsMap(CLAIM + "resource_link");
            linkId = link != null && link.get("id") instanceof String id && !id.isBlank() && id.length() <= 255 ? id : null;
            if (linkId == null || contextId == null || contextId.isEmpty()) {
                throw new LaunchRefused("lti.refused.claims");
            }
        }
        if (subject == null || subject.isBlank() || subject.length() > 255 || "".equals(contextId)) {
            throw new LaunchRefused("lti.refused.claims");
        }
        Launch.Role role = role(jwt.getClaimAsStringList(CLAIM + "roles"));
        Map<String, String> custom = new LinkedHashMap<>();
        Map<String, Object> given = jwt.getClaimAsMap(CLAIM + "custom");
        if (given != null) {
            given.forEach((k, v) -> custom.put(k, String.valueOf(v)));
        }
        // a name to show, and no more: given name and family name, cut down where they are kept; email is never read
        String g = jwt.getClaimAsString("given_name");
        String f = jwt.getClaimAsString("family_name");
        String full = jwt.getClaimAsString("name");
        if ((g == null || g.isBlank()) && (f == null || f.isBlank()) && full != null && !full.isBlank()) {
            String[] words = full.strip().split("\\s+");
            g = words[0];
            f = words.length > 1 ? words[words.length - 1] : "";
        }
        return new Launch(platform, deployment, subject, role, g == null ? "" : g.strip(), f == null ? "" : f.strip(), contextId,
                context != null && context.get("title") instanceof String t ? t : "", linkId, custom, deepLink, services(jwt));
    }

    private static Launch.Services services(Jwt jwt) {
        Map<String, Object> ags = jwt.getClaimAsMap(AGS_ENDPOINT);
        Map<String, Object> nrps = jwt.getClaimAsMap(NRPS);
        String lineItem = ags != null && ags.get("lineitem") instanceof String l && l.startsWith("http") && l.length() <= 500 ? l : null;
        List<String> scopes = ags != null && ags.get("scope") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        String memberships = nrps != null && nrps.get("context_memberships_url") instanceof String m && m.startsWith("http")
                && m.length() <= 500 ? m : null;
        return new Launch.Services(lineItem, scopes, memberships);
    }

    private static Launch.Role role(List<String> roles) {
        if (roles != null) {
            if (roles.stream().anyMatch(r -> r.equals(MEMBERSHIP + "Instructor") || r.equals(MEMBERSHIP + "Administrator")
                    || r.equals(MEMBERSHIP + "ContentDeveloper") || r.startsWith(MEMBERSHIP + "Instructor#"))) {
                return Launch.Role.INSTRUCTOR;
            }
            if (roles.stream().anyMatch(r -> r.equals(MEMBERSHIP + "Learner") || r.startsWith(MEMBERSHIP + "Learner#"))) {
                return Launch.Role.LEARNER;
            }
        }
        throw new LaunchRefused("lti.refused.role");
    }

    private Jwt decode(LtiPlatform platform, String idToken) {
        if (idToken == null || idToken.isBlank() || idToken.length() > 20_000) {
            throw new LaunchRefused("lti.refused.signature");
        }
        JwtDecoder decoder = decoders.computeIfAbsent(platform.id() + " " + platform.jwksUrl(), k -> {
            NimbusJwtDecoder d = NimbusJwtDecoder.withJwkSetUri(platform.jwksUrl()).jwsAlgorithm(SignatureAlgorithm.RS256).build();
            // the claims are checked above, each with its own words; the decoder checks the signature only
            d.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
            return d;
        });
        try {
            return decoder.decode(idToken);
        } catch (BadJwtException e) {
            throw new LaunchRefused("lti.refused.signature", e);
        } catch (JwtException e) {
            throw new LaunchRefused("lti.refused.keys", e);
        }
    }
}
