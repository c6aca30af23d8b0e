package org.workingrecord.lti;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.StudentRef;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * Names and Roles Provisioning Services: the teacher brings the class list from the platform's course, so every
 * learner is in the class (and their scores can go back) before they first open the lesson. Learners already here
 * stay as they are; only the platform's id and the given name with the family name's initial are kept.
 */
@Service
public class LtiRoster {

    static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");
    /** Pages of members read at most (a course of thousands is read in pages of the platform's size). */
    private static final int MAX_PAGES = 50;

    private final JdbcTemplate jdbc;
    private final LtiPlatforms platforms;
    private final PlatformTokens tokens;
    private final ClassroomService classroom;

    LtiRoster(JdbcTemplate jdbc, LtiPlatforms platforms, PlatformTokens tokens, ClassroomService classroom) {
        this.jdbc = jdbc;
        this.platforms = platforms;
        this.tokens = tokens;
        this.classroom = classroom;
    }

    /** What a sync did: learners added, learners already in the class; or why it could not be done. */
    public record Synced(int added, int known, String problem) {
    }

    /** Whether this class came from a platform course that offers its roster. */
    public boolean offered(long teacherId, long classId) {
        classroom.classFor(teacherId, classId);
        return where(classId).isPresent();
    }

    public Synced sync(long teacherId, long classId) {
        classroom.classFor(teacherId, classId);
        Map<String, Object> course = where(classId).orElseThrow(() -> new IllegalArgumentException("not from a platform course"));
        LtiPlatform platform = platforms.byId(((Number) course.get("platform_id")).longValue()).orElseThrow();
        int added = 0;
        int known = 0;
        String url = (String) course.get("memberships_url");
        try {
            for (int page = 0; url != null && page < MAX_PAGES; page++) {
                HttpResponse<String> r = tokens.send(HttpRequest.newBuilder(URI.create(url)).timeout(PlatformTokens.TIMEOUT)
                        .header("Authorization", "Bearer " + tokens.token(platform, SCOPE))
                        .header("Accept", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json").GET().build());
                if (r.statusCode() / 100 != 2) {
                    return new Synced(added, known, "roster " + r.statusCode());
                }
                List<Object> members = JSONObjectUtils.getJSONArray(JSONObjectUtils.parse(r.body()), "members");
                for (Object m : members == null ? List.of() : members) {
                    if (!(m instanceof Map<?, ?> member) || !(member.get("user_id") instanceof String subject) || subject.isBlank()
                            || subject.length() > 255 || "Inactive".equals(member.get("status")) || !learner(member.get("roles"))) {
                        continue;
                    }
                    if (jdbc.queryForObject("select count(*) from lti_student where platform_id = ? and subject = ? and class_id = ?",
                            Integer.class, platform.id(), subject, classId) > 0) {
                        known++;
                        continue;
                    }
                    Optional<StudentRef> made = classroom.enrolFromPlatform(classId, text(member.get("given_name")), text(member.get("family_name")));
                    if (made.isEmpty()) {
                        return new Synced(added, known, "archived");
                    }
                    jdbc.update("insert into lti_student (platform_id, subject, class_id, student_id) values (?, ?, ?, ?)", platform.id(),
                            subject, classId, made.get().studentId());
                    added++;
                }
                url = r.headers().allValues("Link").stream().map(NEXT::matcher).filter(Matcher::find).map(x -> x.group(1)).findFirst().orElse(null);
            }
        } catch (PlatformTokens.PlatformError e) {
            return new Synced(added, known, e.getMessage());
        } catch (ParseException e) {
            return new Synced(added, known, "roster: not JSON");
        }
        return new Synced(added, known, null);
    }

    private Optional<Map<String, Object>> where(long classId) {
        return jdbc.queryForList("select platform_id, memberships_url from lti_context where class_id = ? and memberships_url is not null",
                classId).stream().findFirst();
    }

    private static boolean learner(Object roles) {
        return roles instanceof List<?> list && list.stream().map(String::valueOf).anyMatch(r -> r.equals("Learner")
                || r.equals(LaunchCheck.MEMBERSHIP + "Learner") || r.startsWith(LaunchCheck.MEMBERSHIP + "Learner#"))
                && list.stream().map(String::valueOf).noneMatch(r -> r.equals("Instructor") || r.equals(LaunchCheck.MEMBERSHIP + "Instructor"));
    }

    private static String text(Object o) {
        return o instanceof String s ? s : "";
    }
}
