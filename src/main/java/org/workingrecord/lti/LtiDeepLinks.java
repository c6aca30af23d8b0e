package org.workingrecord.lti;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.grading.Grading;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LoadedLesson;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * Deep Linking: from the platform, a teacher picks a lesson (and when feedback comes) to add to their course as an
 * activity. The answer is a link back to this tool naming the lesson, with a gradebook column as large as the
 * lesson's points, signed with the tool's key for the platform to check.
 */
@Service
public class LtiDeepLinks {

    /** Where the request waits in the teacher's session while they choose. */
    public static final String SESSION_REQUEST = "wr.lti.deep-link";
    /** Where the signed answer waits for the page that posts it back to the platform. */
    public static final String SESSION_ANSWER = "wr.lti.deep-link-answer";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LessonCatalog catalog;
    private final LtiPlatforms platforms;
    private final ToolKey key;
    private final Clock clock;

    LtiDeepLinks(LessonCatalog catalog, LtiPlatforms platforms, ToolKey key, Clock clock) {
        this.catalog = catalog;
        this.platforms = platforms;
        this.key = key;
        this.clock = clock;
    }

    /** A platform's deep-linking request: which deployment, where to send the answer and its opaque data to hand back. */
    public record Request(long platformId, String deploymentId, String returnUrl, String data) implements Serializable {
    }

    /** The signed answer and where it goes. */
    public record Answer(String returnUrl, String jwt) implements Serializable {
    }

    /** The lessons this teacher may add: the same they may give a class. */
    public List<LoadedLesson> lessons(long teacherId) {
        return catalog.assignableBy(teacherId);
    }

    /**
     * The answer for the platform: one LTI resource link to {@code launchUrl} with the lesson and feedback mode as custom
     * parameters, its title and summary, and a gradebook column of the lesson's points. IllegalArgumentException for a
     * lesson this teacher may not give.
     */
    public Answer answer(long teacherId, Request request, String lessonId, FeedbackMode mode, String launchUrl) {
        LoadedLesson lesson = catalog.assignable(teacherId, lessonId).orElseThrow(() -> new IllegalArgumentException("no lesson " + lessonId));
        LtiPlatform platform = platforms.byId(request.platformId()).orElseThrow(() -> new IllegalArgumentException("no platform"));
        int points = AssignedQuestion.all(lesson).stream().mapToInt(q -> Grading.maxPoints(q.question(), lesson)).sum();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", lesson.plan().title());
        item.put("text", lesson.plan().summary());
        item.put("url", launchUrl);
        item.put("custom", Map.of("lesson", lesson.plan().id(),
                "feedback", mode == FeedbackMode.AFTER_SUBMISSION ? "after-submission" : "immediate"));
        item.put("lineItem", Map.of("scoreMaximum", points, "label", lesson.plan().title(), "resourceId", lesson.plan().id()));
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(platform.clientId()).audience(platform.issuer())
                .issueTime(Date.from(clock.instant())).expirationTime(Date.from(clock.instant().plus(Duration.ofMinutes(5))))
                .claim("nonce", Base64.getUrlEncoder().withoutPadding().encodeToString(nonce))
                .claim(LaunchCheck.CLAIM + "message_type", "LtiDeepLinkingResponse")
                .claim(LaunchCheck.CLAIM + "version", "1.3.0")
                .claim(LaunchCheck.CLAIM + "deployment_id", request.deploymentId())
                .claim(LaunchCheck.DEEP_LINKING + "content_items", List.of(item))
                .claim(LaunchCheck.DEEP_LINKING + "msg", lesson.plan().title());
        if (request.data() != null) {
            claims.claim(LaunchCheck.DEEP_LINKING + "data", request.data());
        }
        return new Answer(request.returnUrl(), key.sign(claims.build()));
    }
}
