package org.workingrecord.attempt.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.workingrecord.grading.Answer;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.Question;

import com.vaadin.flow.i18n.I18NProvider;

/** Rows are speakers, columns topics; each cell a native select of stances, labelled for screen readers. */
final class GridInput extends HtmlInput {
    private final Question.PositionsGrid question;
    private final LessonPlan plan;
    private final List<Answer.Cell> keys = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<String> stances;
    private final String[] chosen;

    GridInput(Question.PositionsGrid q, LessonPlan plan) {
        super("positions");
        this.question = q;
        this.plan = plan;
        this.stances = plan.stances().stream().map(LessonPlan.Stance::id).toList();
        for (String speaker : q.speakers()) {
            for (String topic : q.topics()) {
                keys.add(new Answer.Cell(speaker, topic));
                labels.add(speakerName(speaker) + " – " + plan.topicTitle(topic));
            }
        }
        this.chosen = new String[keys.size()];
        render();
    }

    private String speakerName(String id) {
        return plan.speaker(id).map(Speaker::name).orElse(id);
    }



    @Override
    String body() {
        StringBuilder b = new StringBuilder("<p>").append(esc(question.prompt())).append("</p>")
                .append("<div class=\"grid-scroller\"><table class=\"positions-grid\"><thead><tr><th scope=\"col\">")
                .append(esc(I18NProvider.translate("work.grid.speaker"))).append("</th>");
        for (String topic : question.topics()) {
            b.append("<th scope=\"col\">").append(esc(plan.topicTitle(topic))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        int cell = 0;
        String choose = I18NProvider.translate("work.grid.choose");
        for (String speaker : question.speakers()) {
            b.append("<tr><th scope=\"row\">").append(esc(speakerName(speaker))).append("</th>");
            for (int t = 0; t < question.topics().size(); t++, cell++) {
                // the topic's title beside each select when a narrow screen stacks the grid per speaker
                b.append("<td data-label=\"").append(esc(plan.topicTitle(question.topics().get(t)))).append("\">").append(select(uid + "-" + cell, cell, labels.get(cell), choose, stances, plan::stanceLabel,
                        chosen[cell])).append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    @Override
    void changed(String part, String value) {
        choose(chosen, part, value, stances);
    }

    @Override
    Answer value() {
        Map<Answer.Cell, String> cells = new HashMap<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] != null) {
                cells.put(keys.get(i), chosen[i]);
            }
        }
        return new Answer.Grid(cells);
    }

    @Override
    void show(Answer value) {
        Map<Answer.Cell, String> saved = value instanceof Answer.Grid g ? g.stances() : Map.of();
        for (int i = 0; i < chosen.length; i++) {
            String stance = saved.get(keys.get(i));
            chosen[i] = stances.contains(stance) ? stance : null;
        }
        render();
    }

    @Override
    int missing() {
        return (int) Arrays.stream(chosen).filter(Objects::isNull).count();
    }
}
