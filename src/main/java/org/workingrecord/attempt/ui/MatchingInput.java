package org.workingrecord.attempt.ui;

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

/** Each statement gets a speaker: a native select for each. */
final class MatchingInput extends HtmlInput {
    private final Question.Matching question;
    private final LessonPlan plan;
    private final List<String> ids;
    private final String[] chosen;

    MatchingInput(Question.Matching q, LessonPlan plan) {
        super("matching");
        this.question = q;
        this.plan = plan;
        this.ids = plan.speakers().stream().map(Speaker::id).toList();
        this.chosen = new String[q.pairs().size()];
        render();
    }

    @Override
    String body() {
        StringBuilder b = new StringBuilder("<p>").append(esc(question.prompt())).append("</p>");
        for (int i = 0; i < chosen.length; i++) {
            String id = uid + "-" + i;
            b.append("<div class=\"match-row\"><label for=\"").append(id).append("\">“")
                    .append(esc(question.pairs().get(i).statement())).append("”</label>")
                    .append(select(id, i, null, I18NProvider.translate("work.match.choose"), ids,
                            s -> plan.speaker(s).map(Speaker::name).orElse(s), chosen[i]))
                    .append("</div>");
        }
        return b.toString();
    }

    @Override
    void changed(String part, String value) {
        choose(chosen, part, value, ids);
    }

    @Override
    Answer value() {
        Map<Integer, String> speakers = new HashMap<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] != null) {
                speakers.put(i, chosen[i]);
            }
        }
        return new Answer.Matching(speakers);
    }

    @Override
    void show(Answer value) {
        Map<Integer, String> saved = value instanceof Answer.Matching m ? m.speakers() : Map.of();
        for (int i = 0; i < chosen.length; i++) {
            String id = saved.get(i);
            chosen[i] = ids.contains(id) ? id : null;
        }
        render();
    }

    @Override
    int missing() {
        return (int) Arrays.stream(chosen).filter(Objects::isNull).count();
    }
}
