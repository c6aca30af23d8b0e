package org.workingrecord.audit;

import java.time.Instant;

/**
 * One row of the audit log as an administrator reads it.
 *
 * @param actor who did it, or the app's own words for the nightly deletion
 * @param className the class, as it was named then; empty when none
 * @param student the student's name while their data exists, the words for a deleted student's data after,
 *                empty when the action was on a whole class
 */
public record AuditEntry(Instant at, String actor, boolean byAdministrator, AuditAction action, String className,
                         String student, String detail) {
}
