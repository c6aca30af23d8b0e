package org.workingrecord.attempt;

import java.time.Instant;

/** Proof of submission: when, and how many questions were answered out of how many. */
public record Receipt(Instant submittedAt, int answered, int total) {
}
