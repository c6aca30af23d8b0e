package org.workingrecord.lti;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.shell.Pages;
import org.workingrecord.shell.Words;

/**
 * What a checked launch becomes here. The platform's course is a class and a link in it an assignment; an instructor
 * is a teacher (an account made at their first launch, signed in only through the platform), a learner a student of
 * the class, with no class code or resume code to type. The first instructor to launch from a course makes its class;
 * a link that names a lesson ({@code lesson} as a custom parameter) becomes its assignment. A learner who comes
 * before their teacher set the link up is told so.
 */
@Service
class LtiLaunches {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final TeacherSeeding seeding;
    private final ClassroomService classroom;

    LtiLaunches(JdbcTemplate jdbc, TeacherSeeding seeding, ClassroomService classroom) {
        this.jdbc = jdbc;
        this.seeding = seeding;
        this.classroom = classroom;
    }

    sealed interface Entered {
    }

    /** A teacher, signed in by username, sent to {@code page} (relative to the app). */
    record TeacherEntered(String username, String page) implements Entered {
    }

    record StudentEntered(StudentRef student, String page) implements Entered {
    }

    /** A teacher choosing a lesson to add to their course: signed in, then sent to the page where they choose. */
    record ChoosingLesson(String username, LtiDeepLinks.Request request) implements Entered {
    }

    @Transactional
    Entered enter(Launch launch) {
        long platform = launch.platform().id();
        if (launch.deepLink() != null) {
            if (launch.role() != Launch.Role.INSTRUCTOR) {
                throw new LaunchRefused("lti.refused.deep-link-role");
            }
            TeacherInfo teacher = teacher(launch);
            return new ChoosingLesson(teacher.username(), new LtiDeepLinks.Request(platform, launch.deploymentId(),
                    launch.deepLink().returnUrl(), launch.deepLink().data()));
        }
        Optional<Long> classId = one("select class_id from lti_context where platform_id = ? and context_id = ?", platform,
                launch.contextId());
        if (launch.role() == Launch.Role.INSTRUCTOR) {
            TeacherInfo teacher = teacher(launch);
            long c = classId.orElseGet(() -> {
                String title = launch.contextTitle().isBlank() ? Words.get("lti.course") : launch.contextTitle();
                long made = classroom.createClass(teacher.id(), title.length() > 120 ? title.substring(0, 120) : title).id();
                jdbc.update("insert into lti_context (platform_id, context_id, class_id) values (?, ?, ?)", platform, launch.contextId(), made);
                return made;
            });
            try {
                classroom.classFor(teacher.id(), c);
            } catch (AccessDeniedException e) {
                throw new LaunchRefused("lti.refused.other-teacher", e);
            }
            Optional<Long> assignmentId = link(launch, c);
            if (assignmentId.isEmpty() && launch.custom().containsKey("lesson")) {
                FeedbackMode mode = "after-submission".equals(launch.custom().get("feedback")) ? FeedbackMode.AFTER_SUBMISSION
                        : FeedbackMode.IMMEDIATE;
                try {
                    AssignmentInfo a = classroom.assign(teacher.id(), c, launch.custom().get("lesson"), null, mode, List.of());
                    jdbc.update("insert into lti_link (platform_id, link_id, class_id, assignment_id) values (?, ?, ?, ?)", platform,
                            launch.linkId(), c, a.id());
                    assignmentId = Optional.of(a.id());
                } catch (IllegalArgumentException e) {
                    throw new LaunchRefused("lti.refused.lesson", e);
                }
            }
            services(launch, c, assignmentId);
            return new TeacherEntered(teacher.username(), assignmentId.map(a -> Pages.href(Pages.ASSIGNMENT, a))
                    .orElse(Pages.href(Pages.CLASS, c)));
        }
        Optional<Long> assignmentId = classId.flatMap(c -> link(launch, c));
        if (classId.isEmpty() || assignmentId.isEmpty()) {
            throw new LaunchRefused("lti.refused.not-ready");
        }
        services(launch, classId.get(), assignmentId);
        StudentRef student = student(launch, classId.get());
        return new StudentEntered(student, Pages.href(Pages.WORK, assignmentId.get()));
    }

    /** Where the platform's gradebook column and roster are, as this launch says (they may move between launches). */
    private Optional<Long> link(Launch launch, long classId) {
        return one("select assignment_id from lti_link where platform_id = ? and link_id = ? and class_id = ?", launch.platform().id(),
                launch.linkId(), classId);
    }

    private void services(Launch launch, long classId, Optional<Long> assignmentId) {
        Launch.Services services = launch.services();
        long platform = launch.platform().id();
        if (services.memberships() != null) {
            jdbc.update("update lti_context set memberships_url = ? where platform_id = ? and context_id = ?", services.memberships(),
                    platform, launch.contextId());
        }
        if (services.lineItem() != null && assignmentId.isPresent()) {
            jdbc.update("update lti_link set line_item = ? where platform_id = ? and link_id = ? and class_id = ?", services.lineItem(),
                    platform, launch.linkId(), classId);
        }
    }

    /** The platform user's teacher account, made at their first launch with a password nobody knows. */
    private TeacherInfo teacher(Launch launch) {
        long platform = launch.platform().id();
        String username = "lti-" + HexFormat.of().formatHex(sha256(platform + " " + launch.subject())).substring(0, 20);
        Optional<Long> known = one("select teacher_id from lti_user where platform_id = ? and subject = ?", platform, launch.subject());
        if (known.isPresent()) {
            return new TeacherInfo(known.get(), username, "", false);
        }
        String family = launch.familyName();
        String name = (launch.givenName() + (family.isEmpty() ? "" : " " + family.charAt(0) + ".")).strip();
        byte[] password = new byte[24];
        RANDOM.nextBytes(password);
        TeacherInfo made = seeding.seedTeacher(username, name.isEmpty() ? Words.get("lti.teacher") : name,
                Base64.getEncoder().encodeToString(password));
        jdbc.update("insert into lti_user (platform_id, subject, teacher_id) values (?, ?, ?)", platform, launch.subject(), made.id());
        return made;
    }

    /**
     * The platform user's student in this class: the one made at their first launch, while their data exists (a
     * deleted student's row went with them, so they come back as a new student), else a new one.
     */
    private StudentRef student(Launch launch, long classId) {
        long platform = launch.platform().id();
        Optional<Long> known = one("select student_id from lti_student where platform_id = ? and subject = ? and class_id = ?",
                platform, launch.subject(), classId);
        if (known.isPresent()) {
            return classroom.current(known.get()).orElseThrow(() -> new LaunchRefused("lti.refused.archived"));
        }
        StudentRef made = classroom.enrolFromPlatform(classId, launch.givenName(), launch.familyName())
                .orElseThrow(() -> new LaunchRefused("lti.refused.archived"));
        jdbc.update("insert into lti_student (platform_id, subject, class_id, student_id) values (?, ?, ?, ?)", platform,
                launch.subject(), classId, made.studentId());
        return made;
    }

    private Optional<Long> one(String sql, Object... args) {
        return jdbc.queryForList(sql, Long.class, args).stream().findFirst();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
