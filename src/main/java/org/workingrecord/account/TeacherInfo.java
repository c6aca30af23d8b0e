package org.workingrecord.account;

/** A teacher account as pages see it: never the password hash. */
public record TeacherInfo(long id, String username, String displayName, boolean administrator) {
}
