package org.workingrecord.authoring.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.workingrecord.authoring.LessonAuthoring;
import org.workingrecord.authoring.PositionsBuilder;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LessonPlan.Stance;
import org.workingrecord.lesson.LoadedLesson;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * "Where does each speaker stand?" on one topic, filled in cell by cell: a stance for each speaker and the
 * words of theirs that show it (or "Not stated in this record"). Opened on demand, below the other questions.
 */
final class PositionsBuilderPanel extends Details {

    private record Row(Speaker speaker, Select<String> stance, TextField evidence) {
    }

    PositionsBuilderPanel(LessonAuthoring lessons, long teacherId, LessonAuthoring.LessonDetail detail, Consumer<LessonAuthoring.Saved> saved) {
        LoadedLesson lesson = detail.lesson();
        long lessonRef = detail.summary().id();
        setSummaryText(getTranslation("grid.heading"));
        addClassName("grid-builder");
        TextField title = new TextField(getTranslation("grid.topic"));
        title.setHelperText(getTranslation("grid.topic.help"));
        TextField question = new TextField(getTranslation("grid.question"));
        question.setWidthFull();
        TextField stances = new TextField(getTranslation("grid.stances"));
        stances.setHelperText(getTranslation("grid.stances.help"));
        stances.setValue(getTranslation("grid.stances.default"));
        stances.setWidthFull();
        Select<String> set = QuestionBuilderPanel.questionSets(detail.questionSets());
        List<Row> rows = new ArrayList<>();
        Div cells = new Div();
        cells.addClassName("grid-cells");
        for (Speaker s : lesson.plan().speakers()) {
            Select<String> stance = new Select<>();
            stance.setLabel(getTranslation("grid.stance", s.name()));
            TextField evidence = new TextField(getTranslation("grid.evidence", s.name()));
            evidence.setWidthFull();
            rows.add(new Row(s, stance, evidence));
            Div row = new Div(stance, evidence);
            row.addClassName("grid-cell");
            cells.add(row);
        }
        Runnable choices = () -> rows.forEach(r -> {
            List<String> items = new ArrayList<>(List.of(""));
            items.addAll(labels(stances.getValue()));
            items.add(Stance.NOT_STATED);
            r.stance().setItems(items);
            r.stance().setItemLabelGenerator(i -> i.isEmpty() ? getTranslation("grid.stance.none")
                    : i.equals(Stance.NOT_STATED) ? getTranslation("builder.positions.not-stated") : i);
            r.stance().setValue("");
        });
        choices.run();
        stances.addValueChangeListener(e -> choices.run());
        Paragraph problem = new Paragraph();
        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button add = new Button(getTranslation("grid.add"), e -> {
            List<PositionsBuilder.Cell> chosen = rows.stream().map(r -> new PositionsBuilder.Cell(r.speaker().id(),
                    r.stance().getValue() == null ? "" : r.stance().getValue(), r.evidence().getValue())).toList();
            LessonAuthoring.Saved result = lessons.addPositions(teacherId, lessonRef, set.getValue(), new PositionsBuilder.Request(
                    title.getValue(), question.getValue(), labels(stances.getValue()), chosen));
            if (result.id().isEmpty()) {
                problem.setText(result.problems().get(0).message());
                problem.setVisible(true);
            } else {
                saved.accept(result);
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Section body = new Section(new Paragraph(getTranslation("grid.intro")), title, question, stances, set, cells, problem, add);
        body.addClassName("form-card");
        add(body);
    }

    private static List<String> labels(String typed) {
        return Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
