package org.workingrecord.classroom;

public record ClassInfo(long id, String name, String joinCode, boolean joiningLocked, boolean archived) {
}
