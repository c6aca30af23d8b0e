package org.workingrecord.lti;

import java.util.List;
import java.util.Map;

/**
 * What this tool keeps of a checked launch: the platform and deployment, its opaque user id, whether the user teaches
 * or learns there, a name (given and family name, cut to the family name's initial where it is kept), the course and,
 * for a resource link, the link; for a deep-linking request, where to send the chosen lesson back. Email and the other
 * personal claims of the token are never read into it.
 *
 * @param linkId the resource link, or null for a deep-linking request
 * @param deepLink where a deep-linking request wants its answer, or null for a resource link
 */
record Launch(LtiPlatform platform, String deploymentId, String subject, Role role, String givenName, String familyName,
              String contextId, String contextTitle, String linkId, Map<String, String> custom, DeepLinkReturn deepLink,
              Services services) {

    enum Role { INSTRUCTOR, LEARNER }

    /**
     * The platform's services this launch offers the tool, each null when not offered: the link's gradebook column
     * (Assignment and Grade Services) and the course's roster (Names and Roles Provisioning Services).
     */
    record Services(String lineItem, List<String> scopes, String memberships) {

        static final Services NONE = new Services(null, List.of(), null);

        Services {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }
    }

    /** A deep-linking request's settings: the platform's return URL, and its opaque data to hand back. */
    record DeepLinkReturn(String returnUrl, String data) {
    }
}
