package org.workingrecord.lesson;

import java.util.List;

import org.workingrecord.lesson.LessonPlan.ContextCard;
import org.workingrecord.lesson.LessonPlan.GlossaryTerm;
import org.workingrecord.lesson.LessonPlan.SourceRef;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LessonPlan.TimelineEvent;
import org.workingrecord.source.LineFix;
import org.workingrecord.source.SourceIndex;

/**
 * What belongs to one record, written once in {@code lesson-plans/sources/<id>.yaml} for every
 * lesson that uses it: citation, provenance, annotations, speakers, glossary, context and
 * timeline, with the record parsed and indexed once; and a teacher's corrections of how single lines were
 * read ({@code structure}).
 */
public record SourcePack(String id, SourceRef source, List<Speaker> speakers, List<GlossaryTerm> glossary,
                         List<ContextCard> context, List<TimelineEvent> timeline, SourceIndex index, List<LineFix> structure) {

    public SourcePack {
        structure = List.copyOf(structure);
        speakers = List.copyOf(speakers);
        glossary = List.copyOf(glossary);
        context = List.copyOf(context);
        timeline = List.copyOf(timeline);
    }
}
