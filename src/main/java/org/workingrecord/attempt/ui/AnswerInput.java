package org.workingrecord.attempt.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.workingrecord.grading.Answer;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;
import org.workingrecord.lesson.ui.RecordPanel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The input for one question kind, built from Flow components that work by keyboard and touch.
 * It reports every change; the card around it saves.
 */
abstract class AnswerInput {

    protected final Div root = new Div();
    protected Runnable onChange = () -> { };

    Component component() {
        return root;
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** What the student has chosen or written so far, as the answer of the question's kind. */
    abstract Answer value();

    abstract void show(Answer value);

    abstract void setReadOnly(boolean readOnly);

    /** The text field whose typing the browser keeps until the server has it; null for inputs saved at once. */
    Element draftElement() {
        return null;
    }

    /** Called when the card leaves the screen or the work is locked. */
    void stop() {
    }

    /** Parts still empty (cells of a grid, statements to match): checking waits until none are. */
    int missing() {
        return 0;
    }

    /**
     * The input for a question; {@code shown} is this student's order of a choice's options or an
     * order question's items (see {@link org.workingrecord.lesson.Arrangement}).
     */
    static AnswerInput of(Question question, LoadedLesson lesson, RecordPanel panel, List<Integer> shown) {
        return switch (question) {
            case Question.Choice q -> new RadioInput<Integer>(q.prompt(), shown.size() == q.options().size() ? shown
                    : IntStream.range(0, q.options().size()).boxed().toList(),
                    i -> q.options().get(i), Answer.Choice::of,
                    a -> a instanceof Answer.Choice c && c.option().isPresent() ? Optional.of(c.option().getAsInt()) : Optional.empty(),
                    Answer.blank(q));
            case Question.TrueFalse q -> new RadioInput<Boolean>(q.prompt(), List.of(true, false),
                    v -> I18NProvider.translate("work.tf." + v), Answer.TrueFalse::of,
                    a -> a instanceof Answer.TrueFalse t ? t.value() : Optional.empty(), Answer.blank(q));
            case Question.WhoSaidIt q -> whoSaidIt(q, lesson.plan());
            case Question.Matching q -> new MatchingInput(q, lesson.plan());
            case Question.PositionsGrid q -> new GridInput(q, lesson.plan());
            case Question.PickEvidence q -> new PickLineInput(q, lesson, panel);
            case Question.Order q -> new OrderInput(q, shown);
            case Question.Open q -> new OpenInput(q);
        };
    }

    private static AnswerInput whoSaidIt(Question.WhoSaidIt q, LessonPlan plan) {
        List<String> ids = new ArrayList<>(plan.speakers().stream().map(Speaker::id).toList());
        ids.add(Question.NOT_IN_RECORD);
        RadioInput<String> radio = new RadioInput<>(q.prompt() + " “" + q.quote() + "”", ids,
                id -> Question.NOT_IN_RECORD.equals(id) ? I18NProvider.translate("work.who.none")
                        : plan.speaker(id).map(Speaker::name).orElse(id), Answer.WhoSaidIt::of,
                a -> a instanceof Answer.WhoSaidIt w ? w.speaker() : Optional.empty(), Answer.blank(q));
        radio.root.addClassName("who-said-it");
        return radio;
    }
}
