package org.workingrecord.attempt;

/** Where a student is with an assignment, as "My work" shows it. */
public enum WorkStatus { NOT_STARTED, IN_PROGRESS, SUBMITTED, GRADED }
