package org.workingrecord.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;
import org.workingrecord.shell.Words;

/**
 * What the question exports (Moodle XML, QTI) say alike, read once from the lesson: a who-said-it's choices, a
 * grid's pairs per topic, the lines a find-the-line takes, the words a guided-reading check asks about.
 */
final class ExportedQuestions {

    private ExportedQuestions() {
    }

    /** A who-said-it as a choice: the speakers' names and "nobody", and which is right. */
    record Choices(List<String> options, int right) {
    }

    static Choices whoSaidIt(LessonPlan plan, Question.WhoSaidIt w) {
        List<String> options = new ArrayList<>(plan.speakers().stream().map(Speaker::name).toList());
        options.add(Words.get("work.who.none"));
        int right = Question.NOT_IN_RECORD.equals(w.answer()) ? options.size() - 1
                : plan.speakers().stream().map(Speaker::id).toList().indexOf(w.answer());
        return new Choices(options, right);
    }

    /** A grid's key for one topic: each speaker's name with the label of the stance the key gives them. */
    static List<Map.Entry<String, String>> gridPairs(LessonPlan plan, Question.PositionsGrid g, String topic) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String speaker : g.speakers()) {
            plan.position(speaker, topic).ifPresent(p -> pairs.add(Map.entry(
                    plan.speaker(speaker).map(Speaker::name).orElse(speaker), plan.stanceLabel(p.stance()))));
        }
        return pairs;
    }

    /** Every line the accepted words stand on, as students cite it ("16", or "B6" with several records). */
    static List<String> evidenceLines(LoadedLesson lesson, Question.PickEvidence p) {
        List<String> lines = new ArrayList<>();
        for (String quote : p.answers()) {
            for (int place : lesson.sources().places(quote)) {
                String label = lesson.sources().label(place);
                if (!lines.contains(label)) {
                    lines.add(label);
                }
            }
        }
        return lines;
    }

    /**
     * A guided-reading check asks about the words the step shows beside it: exported, the question quotes them, with
     * their speaker ("“...” (Nikolai Bulganin) "); nothing for other questions.
     */
    static String context(LessonPlan plan, AssignedQuestion q) {
        if (q.activity() instanceof Activity.GuidedReading r) {
            for (int i = 0; i < r.steps().size(); i++) {
                if (AssignedQuestion.stepKey(r, i).equals(q.key())) {
                    Activity.ReadingStep step = r.steps().get(i);
                    String who = plan.speaker(step.speaker()).map(Speaker::name).orElse(step.speaker());
                    return "“" + step.quote() + "” (" + who + ") ";
                }
            }
        }
        return "";
    }
}
