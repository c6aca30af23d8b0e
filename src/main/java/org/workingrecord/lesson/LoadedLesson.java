package org.workingrecord.lesson;

import org.workingrecord.source.SourceIndex;
import org.workingrecord.source.WorkingRecord;

/** A validated lesson with its parsed and indexed source. */
public record LoadedLesson(LessonPlan plan, SourceIndex index) {

    public WorkingRecord record() {
        return index.record();
    }
}
