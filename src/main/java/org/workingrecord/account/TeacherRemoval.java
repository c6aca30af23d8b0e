package org.workingrecord.account;

/** About to remove a teacher account; a listener may refuse by throwing IllegalArgumentException. */
public record TeacherRemoval(long teacherId) {
}
