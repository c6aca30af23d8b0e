package org.workingrecord.attempt.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.SaveOutcome;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.grading.AnswerValue;
import org.workingrecord.grading.Grading;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.Question;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * One question: its input, a save status that always says whether the answer is safe, and in
 * immediate-feedback work a "Check my answer" button.
 */
class QuestionCard extends Section {

    private static final Logger log = LoggerFactory.getLogger(QuestionCard.class);

    private final AssignedQuestion question;
    private final WorkContext context;
    private final AnswerInput input;
    private final Span status = new Span();
    private final Div conflict = new Div();
    private final Div feedback = new Div();
    private final Button check;
    private AnswerValue lastSaved;

    QuestionCard(AssignedQuestion question, String heading, WorkContext context) {
        this.question = question;
        this.context = context;
        addClassName("question-card");
        setId("q-" + question.key().replace('/', '-'));
        add(new H3(heading));
        input = AnswerInput.of(question.question(), context.lesson(), context.panel());
        input.onChange(this::save);
        status.addClassName("save-status");
        status.getElement().setAttribute("aria-live", "polite");
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        check = new Button(getTranslation("work.check"), e -> check());
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.setVisible(context.immediateFeedback() && question.question().autoScored());
        Div footer = new Div(status, check);
        footer.addClassName("card-footer");
        add(input.component(), footer, conflict, feedback);

        SavedAnswer saved = context.saved(question.key()).orElse(null);
        if (saved != null) {
            input.show(saved.value());
            lastSaved = saved.value();
            status.setText(getTranslation("work.saved", context.time(saved.savedAt())));
        } else {
            lastSaved = AnswerValue.of();
            status.setText(getTranslation("work.unsaved"));
        }
        boolean checked = saved != null && saved.checked();
        input.setReadOnly(context.locked() || checked);
        check.setEnabled(!context.locked() && !checked);
        if (checked && context.immediateFeedback()) {
            showScore(Grading.grade(question.question(), saved.value(), context.lesson()));
        }
    }

    AssignedQuestion question() {
        return question;
    }

    boolean answered() {
        return !lastSaved.isEmpty();
    }

    void stop() {
        input.stop();
    }

    /** A word from the page, in the card's status line (read out by screen readers). */
    void hint(String text) {
        status.setText(text);
    }

    private void save() {
        AnswerValue value = input.value();
        if (value.equals(lastSaved) || context.locked()) {
            return;
        }
        try {
            show(context.save(question.key(), value), value);
        } catch (RuntimeException e) {
            log.warn("Saving {} failed", question.key(), e);
            status.setText(getTranslation("work.save-failed"));
            status.addClassName("save-failed");
        }
    }

    private void show(SaveOutcome outcome, AnswerValue value) {
        status.removeClassName("save-failed");
        switch (outcome) {
            case SaveOutcome.Saved saved -> {
                lastSaved = value;
                conflict.setVisible(false);
                status.setText(getTranslation("work.saved", context.time(saved.savedAt())));
            }
            case SaveOutcome.Conflict c -> showConflict(c.current(), value);
            case SaveOutcome.Locked locked -> {
                input.setReadOnly(true);
                check.setEnabled(false);
                status.setText(getTranslation("work.locked"));
            }
        }
    }

    /** Another tab or device saved this answer meanwhile: show both, let the student choose. */
    private void showConflict(SavedAnswer current, AnswerValue mine) {
        conflict.removeAll();
        status.setText(getTranslation("work.conflict.status"));
        Paragraph what = new Paragraph(getTranslation("work.conflict", context.time(current.savedAt()),
                describe(current.value())));
        Button keep = new Button(getTranslation("work.conflict.keep"), e -> show(context.overwrite(question.key(), mine), mine));
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        Button theirs = new Button(getTranslation("work.conflict.theirs"), e -> {
            context.accept(question.key(), current);
            input.show(current.value());
            lastSaved = current.value();
            conflict.setVisible(false);
            status.setText(getTranslation("work.saved", context.time(current.savedAt())));
        });
        conflict.add(what, keep, theirs);
        conflict.setVisible(true);
        conflict.getElement().setAttribute("role", "alert");
    }

    private String describe(AnswerValue value) {
        if (question.question() instanceof Question.Open) {
            String text = value.get("text").orElse("");
            return "“" + (text.length() > 200 ? text.substring(0, 197) + "…" : text) + "”";
        }
        return getTranslation("work.conflict.other");
    }

    private void check() {
        if (!answered()) {
            status.setText(getTranslation("work.check.first"));
            return;
        }
        if (input.missing() > 0) {
            status.setText(getTranslation("work.check.missing", input.missing()));
            return;
        }
        Score score = context.check(question.key());
        input.setReadOnly(true);
        check.setEnabled(false);
        showScore(score);
    }

    void showScore(Score score) {
        feedback.removeAll();
        feedback.add(new FeedbackList(score, context.panel()));
    }
}
