package org.workingrecord.classroom;

import java.time.Instant;

public record ClassInfo(long id, String name, String joinCode, boolean joiningLocked, boolean archived, Instant archivedAt) {
}
