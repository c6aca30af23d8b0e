package org.workingrecord.authoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.workingrecord.authoring.LessonAuthoring;
import org.workingrecord.authoring.QuestionBuilder;
import org.workingrecord.authoring.QuestionBuilder.Kind;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.ui.RecordPanel;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * "Add a question from the record": the teacher chooses the kind, gives words of the record (or a line), and
 * the app writes the question with its key taken from the record (the speaker of those words, the line, the
 * evidence). The record is at hand below, with its line numbers.
 */
final class QuestionBuilderPanel extends Section {

    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    private final Select<String> set;
    private final TextField words = new TextField();
    private final TextField line = new TextField();
    private final TextField prompt = new TextField();
    private final Checkbox notInRecord = new Checkbox();
    private final RadioButtonGroup<Boolean> isTrue = new RadioButtonGroup<>();
    private final TextArea model = new TextArea();
    private final TextArea statements = new TextArea();
    private final Paragraph problem = new Paragraph();
    private Button selected;

    QuestionBuilderPanel(LessonAuthoring lessons, long teacherId, LessonAuthoring.LessonDetail detail, Consumer<LessonAuthoring.Saved> saved) {
        LoadedLesson lesson = detail.lesson();
        long lessonRef = detail.summary().id();
        addClassName("form-card");
        kind.setLabel(getTranslation("builder.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("builder.kind." + k.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        kind.setValue(Kind.WHO_SAID_IT);
        set = questionSets(detail.questionSets());
        words.setLabel(getTranslation("builder.words"));
        words.setHelperText(getTranslation("builder.words.help"));
        words.setWidthFull();
        line.setLabel(getTranslation("builder.line"));
        line.setHelperText(getTranslation("builder.line.help"));
        notInRecord.setLabel(getTranslation("builder.not-in-record"));
        isTrue.setLabel(getTranslation("builder.true"));
        isTrue.setItems(true, false);
        isTrue.setItemLabelGenerator(b -> getTranslation(b ? "builder.true.yes" : "builder.true.no"));
        isTrue.setValue(true);
        prompt.setWidthFull();
        statements.setLabel(getTranslation("builder.statements"));
        statements.setHelperText(getTranslation("builder.statements.help"));
        statements.setWidthFull();
        model.setLabel(getTranslation("builder.model"));
        model.setWidthFull();
        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        kind.addValueChangeListener(e -> show(e.getValue()));
        Button add = new Button(getTranslation("builder.add"), e -> {
            String given = kind.getValue() == Kind.ORDER ? statements.getValue() : words.getValue();
            QuestionBuilder.Request r = new QuestionBuilder.Request(kind.getValue(), prompt.getValue(), given,
                    line.getValue(), notInRecord.getValue(), Boolean.TRUE.equals(isTrue.getValue()), model.getValue());
            LessonAuthoring.Saved result = lessons.addQuestion(teacherId, lessonRef, set.getValue(), r);
            if (result.id().isEmpty()) {
                problem.setText(result.problems().get(0).message());
                problem.setVisible(true);
            } else {
                saved.accept(result);
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        // words selected with the mouse in the record below fill the field, as typing or pasting them does
        RecordSelection.keep(this);
        selected = new Button(getTranslation("builder.use-selection"), e -> RecordSelection.last(this, picked -> {
            if (picked.isEmpty()) {
                problem.setText(getTranslation("builder.selection-empty"));
                problem.setVisible(true);
            } else if (kind.getValue() == Kind.ORDER) {
                statements.setValue(statements.getValue().isBlank() ? picked : statements.getValue() + "\n" + picked);
            } else {
                words.setValue(picked);
            }
        }));
        RecordPanel record = RecordPanel.once(lesson);
        record.getElement().setAttribute("aria-label", getTranslation("builder.record"));
        Details atHand = new Details(getTranslation("builder.record"), record);
        show(Kind.WHO_SAID_IT);
        add(new H2(getTranslation("builder.heading")), new Paragraph(getTranslation("builder.intro")), kind, set, words, line,
                statements, selected, notInRecord, prompt, isTrue, model, problem, add, atHand);
    }

    /** "Add it to": the lesson's question sets by title, then a new set (the empty id). */
    static Select<String> questionSets(Map<String, String> sets) {
        Select<String> select = new Select<>();
        List<String> places = new ArrayList<>(sets.keySet());
        places.add("");
        select.setLabel(select.getTranslation("builder.set"));
        select.setItems(places);
        select.setItemLabelGenerator(id -> id.isEmpty() ? select.getTranslation("builder.set.new") : sets.get(id));
        select.setValue(places.get(0));
        return select;
    }

    /** Only the fields this kind of question uses, with the words its prompt needs. */
    private void show(Kind k) {
        boolean fromRecord = k != Kind.OPEN && k != Kind.ORDER;
        words.setVisible(fromRecord);
        line.setVisible(fromRecord);
        statements.setVisible(k == Kind.ORDER);
        selected.setVisible(k != Kind.OPEN);
        notInRecord.setVisible(k == Kind.WHO_SAID_IT);
        isTrue.setVisible(k == Kind.TRUE_FALSE);
        model.setVisible(k == Kind.OPEN);
        String name = k.name().toLowerCase(Locale.ROOT).replace('_', '-');
        prompt.setLabel(getTranslation("builder.prompt." + name));
        prompt.setHelperText(getTranslation("builder.prompt." + name + ".help"));
        problem.setVisible(false);
    }
}
