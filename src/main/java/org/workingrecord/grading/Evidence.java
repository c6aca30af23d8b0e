package org.workingrecord.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LoadedLesson;

/** Where quoted words stand in the source, and how to name people, for feedback. */
final class Evidence {

    private Evidence() {
    }

    static List<Integer> lines(LoadedLesson lesson, String quote) {
        return lesson.index().find(quote)
                .map(span -> IntStream.rangeClosed(span.firstLine(), span.lastLine()).boxed().toList())
                .orElse(List.of());
    }

    static List<Integer> lines(LoadedLesson lesson, List<String> quotes) {
        List<Integer> all = new ArrayList<>();
        quotes.forEach(q -> lines(lesson, q).stream().filter(l -> !all.contains(l)).forEach(all::add));
        return all;
    }

    /** "16" or "18-19". */
    static String lineLabel(List<Integer> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        int first = lines.get(0);
        int last = lines.get(lines.size() - 1);
        return first == last ? String.valueOf(first) : first + "-" + last;
    }

    static String name(LessonPlan plan, String speakerId) {
        return plan.speaker(speakerId).map(LessonPlan.Speaker::name).orElse(speakerId);
    }

    static Feedback quote(LoadedLesson lesson, String quote) {
        List<Integer> lines = lines(lesson, quote);
        return Feedback.of("feedback.quote", quote, lineLabel(lines)).at(lines);
    }

    static Feedback explanation(String text) {
        return Feedback.of("feedback.explanation", text);
    }
}
