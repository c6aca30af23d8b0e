package org.workingrecord.lesson;

/** A validated lesson with the records it reads, each parsed and indexed once (shared with every lesson on it). */
public record LoadedLesson(LessonPlan plan, LessonSources sources) {
}
