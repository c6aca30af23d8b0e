package org.workingrecord.worksheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.workingrecord.grading.AnswerValue;
import org.workingrecord.grading.Grading;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** A student's answer in words, as it is printed on their completed worksheet. */
final class Answers {

    private Answers() {
    }

    static String describe(Question q, AnswerValue v, LoadedLesson lesson) {
        LessonPlan plan = lesson.plan();
        return switch (q) {
            case Question.Choice c -> v.get("option").map(Integer::parseInt).filter(i -> i >= 0 && i < c.options().size())
                    .map(c.options()::get).orElse("");
            case Question.WhoSaidIt w -> v.get("speaker").map(id -> Question.NOT_IN_RECORD.equals(id)
                    ? WorksheetWriter.translate("work.who.none") : name(plan, id)).orElse("");
            case Question.TrueFalse t -> v.get("value").map(b -> WorksheetWriter.translate("work.tf." + b)).orElse("");
            case Question.PickEvidence p -> v.get("line").map(l -> WorksheetWriter.translate("doc.key.lines", l)).orElse("");
            case Question.Matching m -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < m.pairs().size(); i++) {
                    int at = i;
                    v.get(String.valueOf(i)).ifPresent(id -> parts.add("“" + m.pairs().get(at).statement() + "” – " + name(plan, id)));
                }
                yield String.join("; ", parts);
            }
            case Question.PositionsGrid g -> {
                List<String> parts = new ArrayList<>();
                for (String s : g.speakers()) {
                    for (String t : g.topics()) {
                        v.get(Grading.gridCell(s, t)).ifPresent(st -> parts.add(name(plan, s) + " / " + t + ": "
                                + plan.stances().stream().filter(x -> x.id().equals(st)).findFirst()
                                        .map(LessonPlan.Stance::label).orElse(st)));
                    }
                }
                yield String.join("; ", parts);
            }
            case Question.Order o -> v.get("order").map(s -> Arrays.stream(s.split(",")).map(Integer::parseInt)
                    .filter(i -> i >= 0 && i < o.items().size()).map(i -> o.items().get(i).text())
                    .collect(Collectors.joining(" → "))).orElse("");
            case Question.Open o -> v.get("text").orElse("");
        };
    }

    private static String name(LessonPlan plan, String id) {
        return plan.speaker(id).map(LessonPlan.Speaker::name).orElse(id);
    }
}
