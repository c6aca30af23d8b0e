package org.workingrecord.classroom;

/** When students see whether they were right: after each check, or only once they have submitted. */
public enum FeedbackMode { IMMEDIATE, AFTER_SUBMISSION }
