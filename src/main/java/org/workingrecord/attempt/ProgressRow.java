package org.workingrecord.attempt;

import java.time.Instant;
import java.util.Map;

import org.workingrecord.classroom.StudentInfo;
import org.workingrecord.grading.Score;

/**
 * One student's progress on an assignment: status, answers given, automatic points (plus teacher
 * points for graded open answers) out of the maximum, open answers waiting to be graded, when
 * they last saved, and the score of each answered question.
 */
public record ProgressRow(StudentInfo student, WorkStatus status, int answered, int total, int points, int max,
                          int toGrade, Instant lastSaved, Map<String, Score> scores) {
    public ProgressRow {
        scores = Map.copyOf(scores);
    }
}
