package org.workingrecord.lti;

/** A launch this tool will not take, with the bundle key of why, in words a teacher or student can act on. */
class LaunchRefused extends RuntimeException {

    private final String reasonKey;

    LaunchRefused(String reasonKey) {
        super(reasonKey);
        this.reasonKey = reasonKey;
    }

    LaunchRefused(String reasonKey, Throwable cause) {
        super(reasonKey, cause);
        this.reasonKey = reasonKey;
    }

    String reasonKey() {
        return reasonKey;
    }
}
