package org.workingrecord.attempt.ui;

import java.time.Instant;
import java.util.Optional;

import org.workingrecord.attempt.SaveOutcome;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.ui.RecordPanel;

/** What a question card needs from the page it sits on. */
interface WorkContext {

    LoadedLesson lesson();

    RecordPanel panel();

    boolean immediateFeedback();

    boolean locked();

    Optional<SavedAnswer> saved(String key);

    /** Saves against the revision this page last saw; a conflict is returned, not overwritten. */
    SaveOutcome save(String key, Answer value);

    /** Saves on top of whatever is stored (the student chose to keep their own answer). */
    SaveOutcome overwrite(String key, Answer value);

    /** Takes over the stored answer as this page's own. */
    void accept(String key, SavedAnswer current);

    Score check(String key);

    /**
     * Where the browser keeps text being typed until the server has it (per student, assignment
     * and question), or empty where nothing is kept (a teacher's preview).
     */
    Optional<String> draftKey(String questionKey);

    /** Saves a draft the browser kept, against the revision it was typed on: a newer save elsewhere is a conflict. */
    SaveOutcome saveDraft(String key, Answer value, int basedOnRevision);

    String time(Instant instant);

    /** Whose order of options and items this page shows: the student's own, or the lesson's in a preview. */
    long arrangementSeed();
}
