package org.workingrecord.attempt.ui;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.workingrecord.attempt.AnswerTooLongException;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.SaveOutcome;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.AnswerWords;
import org.workingrecord.grading.Grading;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.Arrangement;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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
    /** Made only when needed: most cards never show a conflict, and feedback only once checked. */
    private ConflictNote conflict;
    private FeedbackList feedback;
    private final Button check;
    private Answer lastSaved;
    /** Seconds until the next try of a save that failed; 0 while nothing is waiting. */
    private int retryIn;
    /** Where the browser keeps text being typed; null for answers that are not typed, and in a preview. */
    private BrowserDraft draft;

    QuestionCard(AssignedQuestion question, String heading, WorkContext context) {
        this.question = question;
        this.context = context;
        addClassName("question-card");
        setId("q-" + question.key().replace('/', '-'));
        add(new H3(heading));
        input = AnswerInput.of(question.question(), context.lesson(), context.panel(),
                Arrangement.of(question.question(), question.key(), context.arrangementSeed()));
        input.onChange(this::save);
        status.addClassName("save-status");
        status.getElement().setAttribute("aria-live", "polite");
        check = new Button(getTranslation("work.check"), e -> check());
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.setVisible(context.immediateFeedback() && question.question().autoScored());
        Div footer = new Div(status, check);
        footer.addClassName("card-footer");
        add(input.component(), footer);

        SavedAnswer saved = context.saved(question.key()).orElse(null);
        if (saved != null) {
            input.show(saved.value());
            lastSaved = saved.value();
            status.setText(getTranslation("work.saved", context.time(saved.savedAt())));
        } else {
            lastSaved = Answer.blank(question.question());
            status.setText(getTranslation("work.unsaved"));
        }
        boolean checked = saved != null && saved.checked();
        input.setReadOnly(context.locked() || checked);
        check.setEnabled(!context.locked() && !checked);
        if (checked && context.immediateFeedback()) {
            showScore(Grading.grade(question.question(), saved.value(), context.lesson()));
        }
        keepDrafts(saved);
    }

    /** Text being typed is kept in the browser until the server has it; a draft the server never got is saved now. */
    private void keepDrafts(SavedAnswer saved) {
        draft = BrowserDraft.of(input.draftElement(), context.draftKey(question.key())).orElse(null);
        if (draft != null) {
            draft.keep(saved == null ? SavedAnswer.NONE : saved.revision(), this::restore);
        }
    }

    private void restore(BrowserDraft.Kept kept) {
        if (context.locked()) {
            return;
        }
        Answer value = new Answer.Open(kept.text());
        if (value.equals(lastSaved)) {
            draft.forget(kept.text());
            return;
        }
        input.show(value);
        try {
            show(context.saveDraft(question.key(), value, kept.basedOn()), value);
        } catch (RuntimeException e) {
            save();
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
        Answer value = input.value();
        if (value.equals(lastSaved) || context.locked()) {
            return;
        }
        try {
            show(context.save(question.key(), value), value);
            retryIn = 0;
        } catch (AnswerTooLongException e) {
            status.setText(getTranslation("work.save-too-long", Answer.Open.MAX_CHARS));
            status.addClassName("save-failed");
        } catch (RuntimeException e) {
            // the database is busy or down: say so, keep the answer on the page, and try again by itself
            retryIn = retryIn == 0 ? 2 : Math.min(retryIn * 2, 30);
            log.warn("Saving {} failed; trying again in {} s", question.key(), retryIn, e);
            status.setText(getTranslation("work.save-failed", retryIn));
            status.addClassName("save-failed");
            getElement().executeJs("const card = this; setTimeout(() => card.isConnected && card.$server.retrySave(), $0 * 1000)", retryIn);
        }
    }

    /** The browser's timer after a failed save. */
    @ClientCallable
    void retrySave() {
        if (retryIn > 0) {
            save();
        }
    }

    private void show(SaveOutcome outcome, Answer value) {
        status.removeClassName("save-failed");
        switch (outcome) {
            case SaveOutcome.Saved saved -> {
                lastSaved = value;
                hideConflict();
                status.setText(getTranslation("work.saved", context.time(saved.savedAt())));
                if (draft != null) {
                    draft.saved(saved.revision(), value instanceof Answer.Open open ? open.text() : "");
                }
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
    private void showConflict(SavedAnswer current, Answer mine) {
        hideConflict();
        status.setText(getTranslation("work.conflict.status"));
        conflict = new ConflictNote(context.time(current.savedAt()), AnswerWords.describe(question.question(), current.value(), context.lesson()),
                () -> show(context.overwrite(question.key(), mine), mine),
                () -> {
                    context.accept(question.key(), current);
                    input.show(current.value());
                    lastSaved = current.value();
                    hideConflict();
                    status.setText(getTranslation("work.saved", context.time(current.savedAt())));
                });
        add(conflict);
    }

    private void hideConflict() {
        if (conflict != null) {
            remove(conflict);
            conflict = null;
        }
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
        if (feedback != null) {
            remove(feedback);
        }
        feedback = new FeedbackList(score, context.panel());
        add(feedback);
    }
}
