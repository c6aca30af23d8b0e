package org.workingrecord.attempt.ui;

import java.util.Optional;

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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

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
    private Div conflict;
    private FeedbackList feedback;
    private final Button check;
    private Answer lastSaved;
    /** Seconds until the next try of a save that failed; 0 while nothing is waiting. */
    private int retryIn;

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

    /**
     * Text being typed is kept in the browser (localStorage) on every keystroke until the server
     * has acknowledged it, so nothing typed while the server is down or restarting is lost: when
     * the page comes back, a kept draft the server never got is shown and saved again.
     */
    private void keepDrafts(SavedAnswer saved) {
        Element field = input.draftElement();
        Optional<String> key = context.draftKey(question.key());
        if (field == null || key.isEmpty()) {
            return;
        }
        draftKey = key.get();
        int revision = saved == null ? SavedAnswer.NONE : saved.revision();
        field.executeJs("""
                const field = this, key = $0;
                field.__wrRevision = $1;
                if (!field.__wrDrafts) {
                  field.__wrDrafts = true;
                  field.addEventListener('input', () => {
                    try { localStorage.setItem(key, JSON.stringify({text: field.value, revision: field.__wrRevision})); } catch (e) {}
                  });
                }
                try {
                  const kept = JSON.parse(localStorage.getItem(key));
                  return kept && typeof kept.text === 'string' ? (kept.revision | 0) + ':' + kept.text : null;
                } catch (e) { return null; }
                """, draftKey, revision).then(String.class, this::restore);
    }

    private String draftKey;

    private void restore(String kept) {
        if (kept == null || kept.isBlank() || context.locked() || input.draftElement() == null) {
            return;
        }
        // "revision:text", as the browser wrote it
        int colon = kept.indexOf(':');
        int basedOn;
        try {
            basedOn = Integer.parseInt(kept.substring(0, Math.max(colon, 0)));
        } catch (NumberFormatException e) {
            forgetDraft(null);
            return;
        }
        String text = kept.substring(colon + 1);
        Answer value = new Answer.Open(text);
        if (value.equals(lastSaved)) {
            forgetDraft(text);
            return;
        }
        input.show(value);
        try {
            show(context.saveDraft(question.key(), value, basedOn), value);
        } catch (RuntimeException e) {
            save();
        }
    }

    /** The server has this text: the browser may forget its copy (unless the student typed on since). */
    private void forgetDraft(String text) {
        Element field = input.draftElement();
        if (draftKey == null || field == null) {
            return;
        }
        field.executeJs("""
                const key = $0;
                try {
                  const kept = localStorage.getItem(key);
                  if ($1 === null || (kept && JSON.parse(kept).text === $1)) localStorage.removeItem(key);
                } catch (e) {}
                """, draftKey, text);
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
                if (input.draftElement() != null && draftKey != null) {
                    input.draftElement().executeJs("this.__wrRevision = $0", saved.revision());
                    forgetDraft(value instanceof Answer.Open open ? open.text() : "");
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
        conflict = new Div();
        conflict.addClassName("conflict");
        status.setText(getTranslation("work.conflict.status"));
        Paragraph what = new Paragraph(getTranslation("work.conflict", context.time(current.savedAt()),
                describe(current.value())));
        Button keep = new Button(getTranslation("work.conflict.keep"), e -> show(context.overwrite(question.key(), mine), mine));
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        Button theirs = new Button(getTranslation("work.conflict.theirs"), e -> {
            context.accept(question.key(), current);
            input.show(current.value());
            lastSaved = current.value();
            hideConflict();
            status.setText(getTranslation("work.saved", context.time(current.savedAt())));
        });
        conflict.add(what, keep, theirs);
        conflict.getElement().setAttribute("role", "alert");
        add(conflict);
    }

    private void hideConflict() {
        if (conflict != null) {
            remove(conflict);
            conflict = null;
        }
    }

    /** The other save in the lesson's words (a long text cut short), as the worksheet and the exports say it. */
    private String describe(Answer value) {
        String words = AnswerWords.describe(question.question(), value, context.lesson());
        if (words.isBlank()) {
            return getTranslation("work.conflict.other");
        }
        return "“" + (words.length() > 200 ? words.substring(0, 197) + "…" : words) + "”";
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
