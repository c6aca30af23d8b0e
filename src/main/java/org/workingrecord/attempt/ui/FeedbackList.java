package org.workingrecord.attempt.ui;

import java.util.ArrayList;
import java.util.List;

import org.workingrecord.grading.Feedback;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.ui.RecordPanel;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Feedback that teaches: each sentence, and a button that shows the words in the source. */
class FeedbackList extends Div {

    FeedbackList(Score score, RecordPanel panel) {
        addClassName("feedback");
        addClassName(score.pending() ? "feedback-pending" : score.correct() ? "feedback-right" : "feedback-wrong");
        getElement().setAttribute("role", "status");
        if (!score.pending()) {
            Span points = new Span(getTranslation("work.points", score.points(), score.max()));
            points.addClassName("points");
            add(points);
        }
        List<Integer> all = new ArrayList<>();
        for (Feedback f : score.feedback()) {
            Paragraph p = new Paragraph(getTranslation(f.key(), f.args().toArray()));
            if (!f.lines().isEmpty() && panel != null) {
                Button show = new Button(getTranslation("work.show-lines", panel.sources().label(f.lines())), e -> panel.highlight(f.lines(), true));
                show.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                p.add(show);
                f.lines().stream().filter(l -> !all.contains(l)).forEach(all::add);
            }
            add(p);
        }
        if (panel != null && !all.isEmpty()) {
            panel.highlight(all);
        }
    }
}
