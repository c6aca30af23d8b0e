package org.workingrecord.attempt;

import org.workingrecord.classroom.StudentInfo;

/** One student's written answer, with the teacher's grade and comment if given. */
public record OpenAnswer(StudentInfo student, String text, Integer points, String comment, boolean submitted) {
}
