package org.workingrecord.classroom;

/**
 * Students' data was deleted: published inside the transaction that deletes it, so whatever keeps a
 * record of it (the audit log) commits with the deletion or not at all.
 *
 * @param actorId the teacher or administrator who did it; null when the app did it (an archived class past its time)
 * @param studentId the one student, or null when a whole class went
 * @param students how many students' data went
 */
public record StudentDataDeleted(Long actorId, long classId, String className, Long studentId, int students, Why why) {

    public enum Why {
        /** The teacher removed a student from the class. */
        STUDENT_REMOVED,
        /** The teacher deleted the class. */
        CLASS_DELETED,
        /** The class was archived longer than the school keeps classes. */
        CLASS_EXPIRED,
        /** An administrator deleted a student's data on request. */
        ON_REQUEST
    }
}
