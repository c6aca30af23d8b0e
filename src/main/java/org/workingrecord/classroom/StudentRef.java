package org.workingrecord.classroom;

/** Who a signed-in student is: all a page needs, and all it may rely on. */
public record StudentRef(long studentId, long classId, String displayName, String className) {
}
