package org.workingrecord.audit;

/** What a teacher or administrator did with students' data. */
public enum AuditAction {
    /** Opened students' answers (to grade them). */
    VIEWED,
    /** Marked an answer, released marks, or let a student change handed-in work. */
    GRADED,
    /** Downloaded a file holding students' names or work. */
    EXPORTED,
    /** Took a student out of a class, with their work. */
    REMOVED,
    /** Deleted a class with its students, or a student's data on request, or the app did at the end of retention. */
    DELETED
}
