package org.workingrecord.classroom;

/** Who is trying to join or resume: their browser session and their network address. */
public record JoinClient(String sessionKey, String address) {
}
