package org.workingrecord.shell;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place that knows each file a teacher downloads: the controllers map these paths, the pages
 * link to them through {@link #href}, and the security rules let only teachers fetch them
 * ({@link #requestPatterns}). A test checks that every controller mapping is one of these and each of these
 * is mapped.
 */
public final class Downloads {

    public static final String LESSON_WORKSHEET = "/teach/lessons/{lessonId}/worksheet.docx";
    public static final String LESSON_ANSWER_KEY = "/teach/lessons/{lessonId}/answer-key.docx";
    public static final String ASSIGNMENT_GRADEBOOK_XLSX = "/teach/assignments/{id}/gradebook.xlsx";
    public static final String ASSIGNMENT_GRADEBOOK_CSV = "/teach/assignments/{id}/gradebook.csv";
    public static final String ASSIGNMENT_CLASS_PACK = "/teach/assignments/{id}/class-pack.docx";
    public static final String ASSIGNMENT_CLASS_PACK_ZIP = "/teach/assignments/{id}/class-pack.zip";
    public static final String STUDENT_WORKSHEET = "/teach/assignments/{id}/students/{studentId}/worksheet.docx";
    public static final String CLASS_GRADEBOOK_XLSX = "/teach/classes/{id}/gradebook.xlsx";
    public static final String CLASS_GRADEBOOK_CSV = "/teach/classes/{id}/gradebook.csv";
    public static final String CLASS_DATA_CSV = "/teach/classes/{id}/export.csv";
    public static final String STUDENT_DATA_CSV = "/teach/classes/{id}/students/{studentId}/export.csv";
    public static final String SOURCE_PACK_ZIP = "/teach/sources/{id}/source-pack.zip";
    public static final String LESSON_FOLDER_ZIP = "/teach/lessons/{id}/lesson-folder.zip";
    public static final String LESSON_MOODLE_XML = "/teach/lessons/{lessonId}/questions.moodle.xml";
    public static final String LESSON_QTI_ZIP = "/teach/lessons/{lessonId}/qti-package.zip";
    public static final String LESSONS_CARTRIDGE = "/teach/lessons-cartridge.imscc";
    public static final String ADMIN_STUDENT_DATA_CSV = "/admin/students/{studentId}/export.csv";

    private static final List<String> ALL = List.of(LESSON_WORKSHEET, LESSON_ANSWER_KEY, ASSIGNMENT_GRADEBOOK_XLSX,
            ASSIGNMENT_GRADEBOOK_CSV, ASSIGNMENT_CLASS_PACK, ASSIGNMENT_CLASS_PACK_ZIP, STUDENT_WORKSHEET,
            CLASS_GRADEBOOK_XLSX, CLASS_GRADEBOOK_CSV, CLASS_DATA_CSV, STUDENT_DATA_CSV, SOURCE_PACK_ZIP,
            LESSON_FOLDER_ZIP, LESSON_MOODLE_XML, LESSON_QTI_ZIP, LESSONS_CARTRIDGE, ADMIN_STUDENT_DATA_CSV);

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    private Downloads() {
    }

    /** Every download path, as the controllers map it. */
    public static List<String> all() {
        return ALL;
    }

    /** The same paths as request patterns for the security rules: each variable becomes one path segment. */
    public static String[] requestPatterns() {
        return ALL.stream().map(path -> VARIABLE.matcher(path).replaceAll("*")).toArray(String[]::new);
    }

    /**
     * The link to one download, relative to the app's base address (so it works under a context path):
     * the variables filled in order with {@code values}.
     */
    public static String href(String path, Object... values) {
        return PathTemplate.fill(path, VARIABLE, values).substring(1);
    }
}
