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
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.Grading;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.Arrangement;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.shell.MainLayout;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A teacher tries a lesson exactly as a student sees it: the same pages and feedback, with
 * answers kept only in this page, so nothing reaches any class.
 */
@Route(value = "teach/preview/:lessonId", layout = MainLayout.class)
@RolesAllowed("TEACHER")
class PreviewView extends WorkView {

    private final LessonCatalog catalog;
    private final Map<String, SavedAnswer> kept = new HashMap<>();
    private Instant handedIn;

    PreviewView(ClassroomService classroom, AttemptService attempts, Clock clock, LessonCatalog catalog) {
        super(classroom, attempts, clock);
        this.catalog = catalog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LoadedLesson lesson = catalog.lesson(event.getRouteParameters().get("lessonId").orElse("")).orElse(null);
        if (lesson == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("lesson.not-found", ""));
            return;
        }
        FeedbackMode mode = event.getLocation().getQueryParameters().getSingleParameter("mode")
                .filter("after"::equals).map(m -> FeedbackMode.AFTER_SUBMISSION).orElse(FeedbackMode.IMMEDIATE);
        List<String> all = lesson.plan().activities().stream().map(a -> a.id()).toList();
        AssignmentInfo pretend = new AssignmentInfo(0, 0, lesson.plan().id(), null, mode, all, false);
        work = new AttemptService.Work(pretend, lesson, AssignedQuestion.all(lesson, pretend));
        state = new AttemptState(WorkStatus.IN_PROGRESS, null, false, Map.of(), 0, 0);
        build();
        Paragraph note = new Paragraph(getTranslation("preview.note"));
        note.addClassName("next-step");
        addComponentAtIndex(1, note);
    }

    @Override
    protected SaveOutcome store(String key, Answer value, int seenRevision) {
        SavedAnswer before = kept.get(key);
        SavedAnswer now = new SavedAnswer(value, before == null ? 0 : before.revision() + 1, clock.instant(), false);
        kept.put(key, now);
        return new SaveOutcome.Saved(now.revision(), now.savedAt());
    }

    @Override
    protected Score checkAnswer(String key) {
        SavedAnswer a = kept.get(key);
        kept.put(key, new SavedAnswer(a.value(), a.revision(), a.savedAt(), true));
        return Grading.grade(work.question(key).orElseThrow().question(), a.value(), work.lesson());
    }

    @Override
    protected List<AssignedQuestion> gaps() {
        return work.questions().stream().filter(q -> !kept.containsKey(q.key()) || kept.get(q.key()).value().isEmpty()).toList();
    }

    @Override
    protected Receipt handIn() {
        if (handedIn == null) {
            handedIn = clock.instant();
        }
        return new Receipt(handedIn, work.questions().size() - gaps().size(), work.questions().size());
    }

    @Override
    protected AttemptState reload() {
        return new AttemptState(handedIn == null ? WorkStatus.IN_PROGRESS : WorkStatus.SUBMITTED, handedIn, false, kept, 0, 0);
    }

    @Override
    protected List<ReviewItem> reviewItems() {
        List<ReviewItem> items = new ArrayList<>();
        for (AssignedQuestion q : work.questions()) {
            SavedAnswer a = kept.get(q.key());
            items.add(new ReviewItem(q, a, Grading.grade(q.question(), a == null ? Answer.blank(q.question()) : a.value(), work.lesson()),
                    null, null));
        }
        return items;
    }

    @Override
    protected void remember(int step, int part) {
        // nothing is kept of a preview
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
    protected boolean offersWorksheet() {
        return false;
    }
}
