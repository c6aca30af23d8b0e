package org.workingrecord.classroom;

import java.time.Instant;

/** A student an administrator found by name, to give them their data or delete it on request. */
public record StudentFound(long studentId, String name, long classId, String className, String teacherName, Instant joinedAt) {
}
