package org.workingrecord.attempt;

import org.workingrecord.grading.Score;

/** One question after marking: the score and feedback, and the teacher's grade once released. */
public record ReviewItem(AssignedQuestion question, SavedAnswer answer, Score score, Integer teacherPoints,
                         String teacherComment) {
}
