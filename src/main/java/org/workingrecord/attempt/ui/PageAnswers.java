package org.workingrecord.attempt.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.workingrecord.attempt.SaveOutcome;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.Score;

/**
 * The answers as this page last saw them, each with its revision. A save is made against the revision
 * the page saw, so an answer changed meanwhile in another tab comes back as a conflict for the student
 * to settle, never overwritten unasked.
 */
final class PageAnswers {

    /** Where an answer is stored: the database for a student, memory in a teacher's preview. */
    @FunctionalInterface
    interface Store {
        SaveOutcome save(String key, Answer value, int seenRevision);
    }

    private final Map<String, SavedAnswer> answers = new HashMap<>();
    private final Store store;
    private final Function<String, Score> checker;

    PageAnswers(Store store, Function<String, Score> checker) {
        this.store = store;
        this.checker = checker;
    }

    /** Starts again from the answers as stored. */
    void reset(Map<String, SavedAnswer> stored) {
        answers.clear();
        answers.putAll(stored);
    }

    Optional<SavedAnswer> saved(String key) {
        return Optional.ofNullable(answers.get(key));
    }

    SaveOutcome save(String key, Answer value) {
        int seen = saved(key).map(SavedAnswer::revision).orElse(SavedAnswer.NONE);
        return remember(key, value, store.save(key, value, seen));
    }

    /** Saves on top of whatever is stored now (the student chose their own answer in a conflict). */
    SaveOutcome overwrite(String key, Answer value) {
        SaveOutcome outcome = save(key, value);
        if (outcome instanceof SaveOutcome.Conflict c) {
            answers.put(key, c.current());
            outcome = save(key, value);
        }
        return outcome;
    }

    /** Saves text the browser kept, against the revision it was typed on. */
    SaveOutcome saveDraft(String key, Answer value, int basedOnRevision) {
        return remember(key, value, store.save(key, value, basedOnRevision));
    }

    /** Takes the stored answer as this page's own (the student chose it in a conflict). */
    void accept(String key, SavedAnswer current) {
        answers.put(key, current);
    }

    /** Checks the answer and notes that its feedback has been shown. */
    Score check(String key) {
        Score score = checker.apply(key);
        saved(key).ifPresent(a -> answers.put(key, new SavedAnswer(a.value(), a.revision(), a.savedAt(), true)));
        return score;
    }

    private SaveOutcome remember(String key, Answer value, SaveOutcome outcome) {
        if (outcome instanceof SaveOutcome.Saved s) {
            answers.put(key, new SavedAnswer(value, s.revision(), s.savedAt(), false));
        }
        return outcome;
    }
}
