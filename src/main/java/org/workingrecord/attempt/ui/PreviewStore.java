package org.workingrecord.attempt.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.AttemptState;
import org.workingrecord.attempt.Receipt;
import org.workingrecord.attempt.ReviewItem;
import org.workingrecord.attempt.SaveOutcome;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.attempt.WorkStatus;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.Grading;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.Arrangement;

/** A teacher's preview keeps its answers in this page only: graded the same way, stored nowhere. */
final class PreviewStore implements WorkStore {

    private final AttemptService.Work work;
    private final Clock clock;
    private final Map<String, SavedAnswer> kept = new HashMap<>();
    private Instant handedIn;

    PreviewStore(AttemptService.Work work, Clock clock) {
        this.work = work;
        this.clock = clock;
    }

    @Override
    public SaveOutcome save(String key, Answer value, int seenRevision) {
        SavedAnswer before = kept.get(key);
        SavedAnswer now = new SavedAnswer(value, before == null ? 0 : before.revision() + 1, clock.instant(), false);
        kept.put(key, now);
        return new SaveOutcome.Saved(now.revision(), now.savedAt());
    }

    @Override
    public Score check(String key) {
        SavedAnswer a = kept.get(key);
        kept.put(key, new SavedAnswer(a.value(), a.revision(), a.savedAt(), true));
        return Grading.grade(work.question(key).orElseThrow().question(), a.value(), work.lesson());
    }

    @Override
    public void remember(int step, int part) {
        // nothing is kept of a preview
    }

    @Override
    public List<AssignedQuestion> gaps() {
        return work.questions().stream().filter(q -> !kept.containsKey(q.key()) || kept.get(q.key()).value().isEmpty()).toList();
    }

    @Override
    public Receipt handIn() {
        if (handedIn == null) {
            handedIn = clock.instant();
        }
        return new Receipt(handedIn, work.questions().size() - gaps().size(), work.questions().size());
    }

    @Override
    public AttemptState reload() {
        return new AttemptState(handedIn == null ? WorkStatus.IN_PROGRESS : WorkStatus.SUBMITTED, handedIn, false, kept, 0, 0);
    }

    @Override
    public List<ReviewItem> review() {
        List<ReviewItem> items = new ArrayList<>();
        for (AssignedQuestion q : work.questions()) {
            SavedAnswer a = kept.get(q.key());
            items.add(new ReviewItem(q, a, Grading.grade(q.question(), a == null ? Answer.blank(q.question()) : a.value(), work.lesson()),
                    null, null));
        }
        return items;
    }

    @Override
    public long arrangementSeed() {
        // the order of the lesson's printed worksheet, so a teacher previewing sees what the paper shows
        return Arrangement.forLesson(work.lesson().plan().id());
    }

    @Override
    public Optional<String> draftKey(String questionKey) {
        return Optional.empty();
    }

    @Override
    public boolean offersWorksheet() {
        return false;
    }
}
