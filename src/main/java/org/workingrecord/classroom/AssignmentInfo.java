package org.workingrecord.classroom;

import java.time.LocalDate;
import java.util.List;

/** A lesson assigned to a class. */
public record AssignmentInfo(long id, long classId, String lessonId, LocalDate dueDate, FeedbackMode feedbackMode,
                             List<String> activityIds, boolean withdrawn) {
    public AssignmentInfo {
        activityIds = List.copyOf(activityIds);
    }
}
