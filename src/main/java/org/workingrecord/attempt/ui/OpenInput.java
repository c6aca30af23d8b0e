package org.workingrecord.attempt.ui;

import org.workingrecord.grading.Answer;
import org.workingrecord.lesson.Question;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.I18NProvider;

/** A written answer: saved about two seconds after typing stops, and when leaving the field. */
final class OpenInput extends AnswerInput {
    private final TextArea text = new TextArea();
    private final int maxWords;
    private final Div starters = new Div();

    OpenInput(Question.Open q) {
        this.maxWords = q.maxWords();
        Paragraph prompt = new Paragraph(q.prompt());
        prompt.setId("prompt-" + q.id());
        prompt.addClassName("prompt");
        root.add(prompt);
        text.setLabel(I18NProvider.translate("work.open.label"));
        text.getElement().setAttribute("aria-describedby", prompt.getId().orElseThrow());
        // about 12 characters a word, and never more than an answer may hold
        text.setMaxLength(Math.min(q.maxWords() * 12, Answer.Open.MAX_CHARS));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(2000);
        text.setWidthFull();
        text.setMinHeight("9em");
        text.addValueChangeListener(e -> {
            count();
            if (e.isFromClient()) {
                onChange.run();
            }
        });
        text.addBlurListener(e -> onChange.run());
        starters.addClassName("starters");
        if (!q.starters().isEmpty()) {
            starters.add(new Span(I18NProvider.translate("work.open.starters")));
            for (String starter : q.starters()) {
                Button add = new Button(starter, e -> {
                    String current = text.getValue();
                    text.setValue(current.isBlank() ? starter : current.stripTrailing() + " " + starter);
                    count();
                    onChange.run();
                    text.focus();
                });
                add.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                add.setAriaLabel(I18NProvider.translate("work.open.starter.label", starter));
                starters.add(add);
            }
        }
        root.add(text, starters);
        count();
    }

    private void count() {
        String v = text.getValue().strip();
        int words = v.isEmpty() ? 0 : v.split("\\s+").length;
        text.setHelperText(I18NProvider.translate(words > maxWords ? "work.open.over" : "work.open.count", words, maxWords));
    }

    @Override
    Answer value() {
        return new Answer.Open(text.getValue());
    }

    @Override
    Element draftElement() {
        return text.getElement();
    }

    @Override
    void show(Answer value) {
        text.setValue(value instanceof Answer.Open o ? o.text() : "");
        count();
    }

    @Override
    void setReadOnly(boolean readOnly) {
        text.setReadOnly(readOnly);
        starters.setVisible(!readOnly);
    }
}
