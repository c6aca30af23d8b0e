package org.workingrecord.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;
import org.workingrecord.shell.Words;

/**
 * A student's answer in the words of the lesson (the option's text, speakers' names, topics'
 * titles, stances' labels), never internal codes: for completed worksheets, exports and summaries.
 */
public final class AnswerWords {

    private AnswerWords() {
    }

    /** The answer in words; an empty text when nothing is chosen (or the answer is not of the question's kind). */
    public static String describe(Question question, Answer given, LoadedLesson lesson) {
        LessonPlan plan = lesson.plan();
        Answer answer = Answer.fits(question, given) ? given : Answer.blank(question);
        return switch (question) {
            case Question.Choice c -> {
                OptionalInt i = ((Answer.Choice) answer).option();
                yield i.isPresent() && i.getAsInt() < c.options().size() ? c.options().get(i.getAsInt()) : "";
            }
            case Question.WhoSaidIt w -> ((Answer.WhoSaidIt) answer).speaker().map(id -> Question.NOT_IN_RECORD.equals(id)
                    ? translate("work.who.none") : name(plan, id)).orElse("");
            case Question.TrueFalse t -> ((Answer.TrueFalse) answer).value().map(b -> translate("work.tf." + b)).orElse("");
            case Question.PickEvidence p -> {
                OptionalInt line = ((Answer.Evidence) answer).line();
                yield line.isPresent() ? translate("doc.key.lines", lesson.sources().label(line.getAsInt())) : "";
            }
            case Question.Matching m -> {
                Map<Integer, String> chosen = ((Answer.Matching) answer).speakers();
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < m.pairs().size(); i++) {
                    if (chosen.containsKey(i)) {
                        parts.add("“" + m.pairs().get(i).statement() + "” – " + name(plan, chosen.get(i)));
                    }
                }
                yield String.join("; ", parts);
            }
            case Question.PositionsGrid g -> {
                Answer.Grid grid = (Answer.Grid) answer;
                List<String> parts = new ArrayList<>();
                for (String s : g.speakers()) {
                    for (String t : g.topics()) {
                        grid.stance(s, t).ifPresent(st -> parts.add(name(plan, s) + " / " + plan.topicTitle(t) + ": "
                                + plan.stanceLabel(st)));
                    }
                }
                yield String.join("; ", parts);
            }
            case Question.Order o -> ((Answer.Order) answer).order().stream().filter(i -> i < o.items().size())
                    .map(i -> o.items().get(i).text()).collect(Collectors.joining(" → "));
            case Question.Open o -> ((Answer.Open) answer).text();
        };
    }

    private static String translate(String key, Object... args) {
        return Words.get(key, args);
    }

    private static String name(LessonPlan plan, String id) {
        return plan.speaker(id).map(LessonPlan.Speaker::name).orElse(id);
    }
}
