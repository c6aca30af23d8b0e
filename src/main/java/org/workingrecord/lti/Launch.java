package org.workingrecord.lti;

import java.util.Map;

/**
 * What this tool keeps of a checked launch: the platform, its opaque user id, whether the user teaches or learns
 * there, a name (given and family name, cut to the family name's initial where it is kept), the course and the link. Email and
 * the other personal claims of the token are never read into it.
 */
record Launch(LtiPlatform platform, String subject, Role role, String givenName, String familyName, String contextId,
              String contextTitle, String linkId, Map<String, String> custom) {

    enum Role { INSTRUCTOR, LEARNER }
}
