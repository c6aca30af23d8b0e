package org.workingrecord.lesson;

import java.util.List;

/** A validated lesson with the records it reads, each parsed and indexed once (shared with every lesson on it). */
public record LoadedLesson(LessonPlan plan, LessonSources sources) {

    /**
     * A pack's record alone, as the reader shows it: to look at a source (a teacher's import) before any
     * lesson uses it. Its "lesson" has the pack's id and the record's title, and no activities.
     */
    public static LoadedLesson readerOf(SourcePack pack) {
        LessonPlan plan = new LessonPlan(pack.id(), pack.index().record().title(), "", 45, Integer.MAX_VALUE, "", List.of(),
                List.of(pack.source()), pack.speakers(), pack.glossary(), pack.context(), pack.timeline(), List.of(),
                List.of(), List.of(), List.of(), "", "");
        return new LoadedLesson(plan, LessonSources.of(pack));
    }
}
