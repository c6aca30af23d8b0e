package org.workingrecord.grading;

import java.util.ArrayList;
import java.util.List;

import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LoadedLesson;

/** Where quoted words stand in the source, and how to name people, for feedback. */
final class Evidence {

    private Evidence() {
    }

    /** The places (lines, numbered across the lesson's records) the quote covers. */
    static List<Integer> lines(LoadedLesson lesson, String quote) {
        return lesson.sources().places(quote);
    }

    static List<Integer> lines(LoadedLesson lesson, List<String> quotes) {
        List<Integer> all = new ArrayList<>();
        quotes.forEach(q -> lines(lesson, q).stream().filter(l -> !all.contains(l)).forEach(all::add));
        return all;
    }

    /** "16" or "18-19"; with several records "B7" or "A16-17, B3". */
    static String lineLabel(LoadedLesson lesson, List<Integer> lines) {
        return lesson.sources().label(lines);
    }

    static String name(LessonPlan plan, String speakerId) {
        return plan.speaker(speakerId).map(LessonPlan.Speaker::name).orElse(speakerId);
    }

    static Feedback quote(LoadedLesson lesson, String quote) {
        List<Integer> lines = lines(lesson, quote);
        return Feedback.of("feedback.quote", quote, lineLabel(lesson, lines)).at(lines);
    }

    static Feedback explanation(String text) {
        return Feedback.of("feedback.explanation", text);
    }
}
