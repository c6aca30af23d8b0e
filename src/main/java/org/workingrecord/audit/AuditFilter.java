package org.workingrecord.audit;

/**
 * Which rows of the audit log to read: one action or all (null), and words the actor's or the class's name
 * contains (blank for any).
 */
public record AuditFilter(AuditAction action, String words) {

    public static final AuditFilter ALL = new AuditFilter(null, "");

    public AuditFilter {
        words = words == null ? "" : words.strip();
    }
}
