package org.workingrecord.classroom;

/** Where a student is: their class and the teacher who owns it. */
public record StudentOwner(long teacherId, long classId, long studentId) {
}
