package org.workingrecord.attempt.ui;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

import org.workingrecord.grading.Answer;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;
import org.workingrecord.lesson.ui.RecordPanel;
import org.workingrecord.source.Segment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.I18NProvider;

/** Point at a line: click or tap it in the source, or type its number. */
final class PickLineInput extends AnswerInput {
    private final IntegerField line = new IntegerField();
    private final Button point;
    private final Paragraph preview = new Paragraph();
    private final RecordPanel panel;
    private final List<Segment> segments;
    private boolean picking;

    PickLineInput(Question.PickEvidence q, LoadedLesson lesson, RecordPanel panel) {
        this.panel = panel;
        this.segments = lesson.record().segments();
        root.add(new Paragraph(q.prompt()));
        point = new Button(I18NProvider.translate("work.pick.start"), e -> togglePicking());
        point.addThemeVariants(ButtonVariant.PRIMARY);
        line.setLabel(I18NProvider.translate("work.pick.line"));
        line.setHelperText(I18NProvider.translate("work.pick.help", segments.size()));
        line.setMin(1);
        line.setMax(segments.size());
        line.setStepButtonsVisible(false);
        line.addValueChangeListener(e -> {
            showPreview();
            if (e.isFromClient() && valid()) {
                onChange.run();
            }
        });
        preview.addClassName("pick-preview");
        root.add(point, line, preview);
    }

    private boolean valid() {
        return line.getValue() != null && line.getValue() >= 1 && line.getValue() <= segments.size();
    }

    private void togglePicking() {
        picking = !picking;
        point.setText(I18NProvider.translate(picking ? "work.pick.stop" : "work.pick.start"));
        if (panel != null) {
            panel.getClassNames().set("picking", picking);
            IntConsumer picked = n -> {
                line.setValue(n);
                onChange.run();
                togglePicking();
            };
            panel.setLinePicker(picking ? picked : null);
        }
    }

    private void showPreview() {
        preview.setText(valid() ? I18NProvider.translate("work.pick.preview", line.getValue(),
                abbreviate(segments.get(line.getValue() - 1).display())) : "");
    }

    private static String abbreviate(String s) {
        return s.length() > 90 ? s.substring(0, 87) + "…" : s;
    }

    @Override
    Answer value() {
        return valid() ? Answer.Evidence.of(line.getValue()) : new Answer.Evidence(OptionalInt.empty());
    }

    @Override
    void show(Answer value) {
        line.setValue(value instanceof Answer.Evidence e && e.line().isPresent() ? e.line().getAsInt() : null);
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
