package org.workingrecord.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.StudentInfo;
import org.workingrecord.grading.Answer;
import org.workingrecord.lesson.LoadedLesson;

/**
 * Everything a class gave for one assignment: the questions, the roster, each student's answers
 * (by student id, then question key), the teacher's points and comments, and when each handed in. The class summary
 * and the gradebook are computed from it without touching the database again.
 */
public record ClassResults(AssignmentInfo assignment, LoadedLesson lesson, List<AssignedQuestion> questions,
                           List<StudentInfo> students, Map<Long, Map<String, Answer>> answers,
                           Map<Long, Map<String, Integer>> teacherPoints, Map<Long, Map<String, String>> comments,
                           Map<Long, Instant> submittedAt) {
    public ClassResults {
        questions = List.copyOf(questions);
        students = List.copyOf(students);
        answers = Map.copyOf(answers);
        teacherPoints = Map.copyOf(teacherPoints);
        comments = Map.copyOf(comments);
        submittedAt = Map.copyOf(submittedAt);
    }
}
