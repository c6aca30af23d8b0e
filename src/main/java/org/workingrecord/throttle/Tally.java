package org.workingrecord.throttle;

import java.time.Instant;

/**
 * Wrong tries counted under one key: how many, since when, until when the next try waits (none: it
 * need not), and when the count is forgotten.
 */
public record Tally(int failures, Instant started, Instant until, Instant expires) {
}
