package org.workingrecord.attempt.ui;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.LoggerFactory;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.AttemptState;
import org.workingrecord.attempt.WorkStatus;
import org.workingrecord.lesson.Activity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * The lesson's steps as the student goes through them: each activity (a guided reading speaker by speaker,
 * or a set of questions), then hand-in. Opens where the student last was and remembers each move (after a
 * reload, a restart or on another device they are back at the same place); focus goes where reading goes on.
 */
final class Steps {

    private final WorkView view;
    private final Section stepArea = new Section();
    private final StepList list = new StepList(this::goTo);
    private final List<QuestionCard> cards = new ArrayList<>();
    private int step;
    private int readingIndex;
    private int rememberedStep;
    private int rememberedPart;

    Steps(WorkView view) {
        this.view = view;
        stepArea.addClassName("step-area");
    }

    Section area() {
        return stepArea;
    }

    StepList list() {
        return list;
    }

    /** Opens where the student last was; handed-in work opens at its receipt. */
    void start(AttemptState state) {
        List<Activity> activities = view.activities();
        step = state.status() == WorkStatus.IN_PROGRESS ? Math.clamp(state.step(), 0, activities.size()) : activities.size();
        readingIndex = step < activities.size() && activities.get(step) instanceof Activity.GuidedReading r
                ? Math.clamp(state.part(), 0, r.steps().size() - 1) : 0;
        rememberedStep = step;
        rememberedPart = readingIndex;
        showStep();
    }


    /** A step chosen in the list of steps: its heading gets the focus, so reading starts there. */
    private void goTo(int target) {
        if (target < 0 || target > view.activities().size()) {
            return;
        }
        step = target;
        readingIndex = 0;
        showStep();
        focusHeading();
    }

    private void focusHeading() {
        stepArea.getChildren().filter(c -> c instanceof H2).findFirst().ifPresent(StepList::focus);
    }

    private void rememberPosition() {
        if (view.locked() || step == rememberedStep && readingIndex == rememberedPart) {
            return;
        }
        rememberedStep = step;
        rememberedPart = readingIndex;
        try {
            view.store().remember(step, readingIndex);
        } catch (RuntimeException e) {
            // only a convenience: the answers are what must be saved
            LoggerFactory.getLogger(Steps.class).warn("Could not remember the position", e);
        }
    }

    /** Steps: each activity, then "Hand in". */
    private void showStep() {
        rememberPosition();
        cards.forEach(QuestionCard::stop);
        cards.clear();
        stepArea.removeAll();
        List<Activity> activities = view.activities();
        List<String> names = new ArrayList<>(activities.stream().map(Activity::title).toList());
        names.add(view.getTranslation("work.handin"));
        list.show(names, step);
        if (step < activities.size()) {
            switch (activities.get(step)) {
                case Activity.GuidedReading r -> showReading(r);
                case Activity.QuestionSet s -> showQuestions(s);
            }
        } else {
            showHandIn();
        }
    }

    private void showReading(Activity.GuidedReading reading) {
        AssignedQuestion check = view.work.question(AssignedQuestion.stepKey(reading, readingIndex)).orElseThrow();
        cards.add(ReadingStep.show(view, reading, readingIndex, check, stepArea, new ReadingStep.Moves() {
            @Override
            public void previous() {
                readingIndex--;
                showStep();
                ReadingStep.focusSpeaker(stepArea);
            }

            @Override
            public void next() {
                readingIndex++;
                showStep();
                ReadingStep.focusSpeaker(stepArea);
            }

            @Override
            public void finish() {
                step++;
                readingIndex = 0;
                showStep();
                focusHeading();
            }
        }));
    }

    private void showQuestions(Activity.QuestionSet set) {
        // the reading's highlight belongs to the reading; questions mark their own evidence
        view.panel().highlight(List.of());
        stepArea.add(new H2(set.title()), new Paragraph(set.instructions()));
        int n = 0;
        for (var q : set.questions()) {
            AssignedQuestion aq = view.work.question(set.id() + "/" + q.id()).orElseThrow();
            QuestionCard card = new QuestionCard(aq, view.getTranslation("work.question", ++n, set.questions().size()), view);
            cards.add(card);
            stepArea.add(card);
        }
        Button next = new Button(view.getTranslation("work.next-step"), e -> {
            step++;
            showStep();
            focusHeading();
        });
        next.addThemeVariants(ButtonVariant.PRIMARY);
        stepArea.add(next);
    }

    private void showHandIn() {
        new HandInStep(view, stepArea).show();
    }
}
