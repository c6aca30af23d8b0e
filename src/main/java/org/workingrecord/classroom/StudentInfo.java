package org.workingrecord.classroom;

import java.time.Instant;

/** A student as the teacher's roster shows them: the name they typed, and when they joined. */
public record StudentInfo(long id, String displayName, Instant joinedAt) {
}
