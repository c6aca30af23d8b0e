package org.workingrecord.shell;

import java.util.List;

/**
 * The addresses a learning platform calls (LTI 1.3), in one place: the controller maps them, the security rules open
 * them to anyone (a platform's browser redirect carries no session yet), and the administrators' page shows them to
 * paste into the platform.
 */
public final class LtiEndpoints {

    /** OIDC login initiation: the platform sends the browser here first (GET or POST). */
    public static final String LOGIN = "/lti/login";
    /** Where the platform posts the signed launch (the OIDC redirect URI). */
    public static final String LAUNCH = "/lti/launch";
    /** The tool's public keys. */
    public static final String JWKS = "/lti/jwks";
    /** The page that posts a teacher's chosen lesson back to the platform (Deep Linking). */
    public static final String DEEP_LINK_RETURN = "/lti/deep-link/return";
    /** Whether this browser kept the session of a launch in the platform's frame. */
    public static final String CHECK = "/lti/check";
    /** Continuing a framed launch in a new window, with a one-time ticket. */
    public static final String CONTINUE = "/lti/continue";

    private LtiEndpoints() {
    }

    public static List<String> all() {
        return List.of(LOGIN, LAUNCH, JWKS, DEEP_LINK_RETURN, CHECK, CONTINUE);
    }
}
