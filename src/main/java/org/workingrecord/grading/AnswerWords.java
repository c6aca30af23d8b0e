package org.workingrecord.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.text.MessageFormat;
import java.util.stream.Collectors;

import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/**
 * A student's answer in the words of the lesson (the option's text, speakers' names, topics'
 * titles, stances' labels), never internal codes: for completed worksheets, exports and summaries.
 */
public final class AnswerWords {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ENGLISH);

    private AnswerWords() {
    }

    public static String describe(Question q, AnswerValue v, LoadedLesson lesson) {
        LessonPlan plan = lesson.plan();
        return switch (q) {
            case Question.Choice c -> v.get("option").map(Integer::parseInt).filter(i -> i >= 0 && i < c.options().size())
                    .map(c.options()::get).orElse("");
            case Question.WhoSaidIt w -> v.get("speaker").map(id -> Question.NOT_IN_RECORD.equals(id)
                    ? translate("work.who.none") : name(plan, id)).orElse("");
            case Question.TrueFalse t -> v.get("value").map(b -> translate("work.tf." + b)).orElse("");
            case Question.PickEvidence p -> v.get("line").map(l -> translate("doc.key.lines", l)).orElse("");
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
                        v.get(Grading.gridCell(s, t)).ifPresent(st -> parts.add(name(plan, s) + " / " + plan.topicTitle(t) + ": "
                                + plan.stanceLabel(st)));
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


    private static String translate(String key, Object... args) {
        String pattern = WORDS.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    private static String name(LessonPlan plan, String id) {
        return plan.speaker(id).map(LessonPlan.Speaker::name).orElse(id);
    }
}
