package org.workingrecord.shell;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place that knows each page's address: every {@code @Route} names one of these, links and
 * navigation fill them in through {@link #href}, and the security rules take the student pages'
 * request patterns from {@link #requestPattern}. A test checks that every route is one of these, that
 * each of these is routed, and that no page builds an address by hand.
 */
public final class Pages {

    public static final String CATALOG = "";
    public static final String LESSON = "lessons/:lessonId";
    public static final String READER = "lessons/:lessonId/source";
    public static final String LESSON_CHECK = "lesson-check";
    public static final String PRIVACY = "privacy";

    public static final String JOIN = "join";
    public static final String MY_WORK = "my-work";
    public static final String WORK = "work/:assignmentId";
    public static final String STUDENT_WORKSHEET = "work/:assignmentId/worksheet";

    public static final String SETUP = "setup";
    public static final String LOGIN = "login";
    public static final String ADMIN_TEACHERS = "admin/teachers";
    public static final String ADMIN_STUDENTS = "admin/students";
    public static final String ADMIN_AUDIT = "admin/audit";
    public static final String ADMIN_PLATFORMS = "admin/platforms";

    public static final String TEACH = "teach";
    public static final String CLASS = "teach/classes/:classId";
    public static final String LOGIN_CARDS = "teach/classes/:classId/cards";
    public static final String PREVIEW = "teach/preview/:lessonId";
    public static final String ASSIGNMENT = "teach/assignments/:assignmentId";
    public static final String ASSIGNMENT_SUMMARY = "teach/assignments/:assignmentId/summary";
    public static final String ASSIGNMENT_GRADING = "teach/assignments/:assignmentId/grading";
    public static final String ASSIGNMENT_SETTINGS = "teach/assignments/:assignmentId/settings";
    public static final String ASSIGNMENT_DOWNLOADS = "teach/assignments/:assignmentId/downloads";
    public static final String SOURCES = "teach/sources";
    public static final String NEW_SOURCE = "teach/sources/new";
    public static final String SOURCE = "teach/sources/:sourceId";
    public static final String MY_LESSONS = "teach/lessons";
    public static final String MY_LESSON = "teach/lessons/:lessonRef";
    public static final String PLATFORM_ACTIVITY = "teach/platform-activity";

    private static final List<String> ALL = List.of(CATALOG, LESSON, READER, LESSON_CHECK, PRIVACY, JOIN, MY_WORK, WORK,
            STUDENT_WORKSHEET, SETUP, LOGIN, ADMIN_TEACHERS, ADMIN_STUDENTS, ADMIN_AUDIT, ADMIN_PLATFORMS, TEACH, CLASS, LOGIN_CARDS, PREVIEW, ASSIGNMENT,
            ASSIGNMENT_SUMMARY, ASSIGNMENT_GRADING, ASSIGNMENT_SETTINGS, ASSIGNMENT_DOWNLOADS, SOURCES, NEW_SOURCE, SOURCE,
            MY_LESSONS, MY_LESSON, PLATFORM_ACTIVITY);

    private static final Pattern PARAMETER = Pattern.compile(":[A-Za-z]+");

    private Pages() {
    }

    /** Every page's route template, as {@code @Route} names it. */
    public static List<String> all() {
        return ALL;
    }

    /**
     * The address of one page, relative to the app's base address (for an anchor or {@code UI.navigate}):
     * the route's parameters filled in order with {@code values}, each encoded as one path segment.
     */
    public static String href(String route, Object... values) {
        return PathTemplate.fill(route, PARAMETER, values);
    }

    /** The page's address as a Spring path pattern for the security rules: each parameter is one segment. */
    public static String requestPattern(String route) {
        return "/" + PARAMETER.matcher(route).replaceAll("*");
    }
}
