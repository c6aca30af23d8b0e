package org.workingrecord.account;

import org.springframework.security.authentication.LockedException;

/** Too many wrong passwords for this username from here: how long to wait, for the sign-in page to say. */
public class TooManyTriesException extends LockedException {

    private final long waitSeconds;

    public TooManyTriesException(long waitSeconds) {
        super("too many wrong passwords; wait " + waitSeconds + " seconds");
        this.waitSeconds = waitSeconds;
    }

    public long waitSeconds() {
        return waitSeconds;
    }
}
