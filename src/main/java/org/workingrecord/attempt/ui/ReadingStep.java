package org.workingrecord.attempt.ui;

import java.util.List;

import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LessonPlan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * One speaker of a guided reading: their turn highlighted in the source, a card on who they were, what
 * to notice, and a quick check that must be answered before going on (unless the work is handed in).
 */
final class ReadingStep {

    /** Where the reading's buttons lead: the speaker before, the next one, or on to the next step after the last. */
    interface Moves {
        void previous();

        void next();

        void finish();
    }

    private ReadingStep() {
    }

    /** Shows speaker {@code index} of {@code reading} in {@code area}; returns the quick check's card. */
    static QuestionCard show(WorkContext work, Activity.GuidedReading reading, int index, AssignedQuestion check,
                             Section area, Moves moves) {
        LessonPlan plan = work.lesson().plan();
        Activity.ReadingStep current = reading.steps().get(index);
        LessonPlan.Speaker speaker = plan.speaker(current.speaker()).orElseThrow();
        area.add(new H2(reading.title()), new Paragraph(reading.instructions()));
        Span counter = new Span(area.getTranslation("work.reading.counter", index + 1, reading.steps().size()));
        counter.addClassName("reading-counter");
        Div who = new Div(new H2(speaker.name()), new Paragraph(speaker.role()), new Paragraph(speaker.bio()));
        who.addClassName("speaker-card");
        Paragraph notice = new Paragraph(area.getTranslation("work.reading.notice", current.notice()));
        notice.addClassName("notice");
        List<Integer> lines = work.lesson().sources().places(current.quote());
        work.panel().highlight(lines);
        Paragraph where = new Paragraph(area.getTranslation("work.reading.where",
                lines.isEmpty() ? "" : work.lesson().sources().label(lines.get(0))));
        QuestionCard card = new QuestionCard(check, area.getTranslation("work.reading.check"), work);
        Button previous = new Button(area.getTranslation("work.reading.previous"), e -> moves.previous());
        previous.setEnabled(index > 0);
        boolean last = index == reading.steps().size() - 1;
        Button next = new Button(area.getTranslation(last ? "work.next-step" : "work.reading.next"), e -> {
            if (!card.answered() && !work.locked()) {
                card.hint(area.getTranslation("work.reading.check-first"));
            } else if (last) {
                moves.finish();
            } else {
                moves.next();
            }
        });
        next.addThemeVariants(ButtonVariant.PRIMARY);
        Div nav = new Div(previous, next);
        nav.addClassName("actions");
        area.add(counter, who, where, notice, card, nav);
        return card;
    }

    /** The speaker's name on the card, so a keyboard or screen reader user goes on reading from there. */
    static void focusSpeaker(Section area) {
        area.getChildren().filter(c -> c.getClassNames().contains("speaker-card")).findFirst()
                .flatMap(card -> card.getChildren().filter(c -> c instanceof H2).findFirst()).ifPresent(StepList::focus);
    }
}
