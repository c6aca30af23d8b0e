package org.workingrecord.attempt.ui;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

import org.workingrecord.grading.Answer;
import org.workingrecord.lesson.LessonSources;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;
import org.workingrecord.lesson.ui.RecordPanel;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Point at a line: click or tap it in the source, or type its number ("16"; with several records the
 * record's letter too, "B7"). The answer is the line's place across the lesson's records.
 */
final class PickLineInput extends AnswerInput {
    private final TextField line = new TextField();
    private final Button point;
    private final Paragraph preview = new Paragraph();
    private final RecordPanel panel;
    private final LessonSources sources;
    private boolean picking;

    PickLineInput(Question.PickEvidence q, LoadedLesson lesson, RecordPanel panel) {
        this.panel = panel;
        this.sources = lesson.sources();
        root.add(new Paragraph(q.prompt()));
        point = new Button(I18NProvider.translate("work.pick.start"), e -> togglePicking());
        point.addThemeVariants(ButtonVariant.PRIMARY);
        line.setLabel(I18NProvider.translate("work.pick.line"));
        if (sources.several()) {
            LessonSources.Text last = sources.texts().get(sources.texts().size() - 1);
            line.setHelperText(I18NProvider.translate("work.pick.help.several", last.letter()));
            line.setAllowedCharPattern("[0-9A-Fa-f ]");
            line.setMaxLength(8);
        } else {
            line.setHelperText(I18NProvider.translate("work.pick.help", sources.placeCount()));
            line.setAllowedCharPattern("[0-9]");
            line.setMaxLength(5);
        }
        line.addClassName("pick-line");
        line.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        line.addValueChangeListener(e -> {
            boolean wrong = !e.getValue().isBlank() && !valid();
            line.setErrorMessage(wrong ? I18NProvider.translate("work.pick.no-line", e.getValue().strip()) : null);
            line.setInvalid(wrong);
            showPreview();
            if (e.isFromClient() && valid()) {
                onChange.run();
            }
        });
        preview.addClassName("pick-preview");
        root.add(point, line, preview);
    }

    private Optional<Integer> place() {
        return sources.place(line.getValue());
    }

    private boolean valid() {
        return place().isPresent();
    }

    private void togglePicking() {
        picking = !picking;
        point.setText(I18NProvider.translate(picking ? "work.pick.stop" : "work.pick.start"));
        if (panel != null) {
            panel.getClassNames().set("picking", picking);
            IntConsumer picked = n -> {
                line.setValue(sources.label(n));
                onChange.run();
                togglePicking();
            };
            panel.setLinePicker(picking ? picked : null);
        }
    }

    private void showPreview() {
        preview.setText(place().flatMap(sources::line).map(l -> I18NProvider.translate("work.pick.preview",
                sources.label(place().get()), abbreviate(l.segment().display()))).orElse(""));
    }

    private static String abbreviate(String s) {
        return s.length() > 90 ? s.substring(0, 87) + "…" : s;
    }

    @Override
    Answer value() {
        return place().map(Answer.Evidence::of).orElseGet(() -> new Answer.Evidence(OptionalInt.empty()));
    }

    @Override
    void show(Answer value) {
        line.setValue(value instanceof Answer.Evidence e && e.line().isPresent() ? sources.label(e.line().getAsInt()) : "");
    }

    @Override
    void setReadOnly(boolean readOnly) {
        line.setReadOnly(readOnly);
        point.setEnabled(!readOnly);
        if (readOnly) {
            stop();
        }
    }

    @Override
    void stop() {
        if (picking) {
            togglePicking();
        }
    }
}
