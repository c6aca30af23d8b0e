package org.workingrecord.classroom.ui;

import java.util.List;
import java.util.Locale;

import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

/**
 * A new assignment for the class: a lesson (with a link to try it as students see it), which of its
 * activities, a due date and when feedback comes. Assigning opens the new assignment's page.
 */
final class AssignForm extends Section {

    AssignForm(ClassroomService classroom, LessonCatalog catalog, long teacherId, long classId) {
        Select<LoadedLesson> lesson = new Select<>();
        lesson.setLabel(getTranslation("assign.lesson"));
        lesson.setItems(catalog.assignableBy(teacherId));
        lesson.setItemLabelGenerator(l -> l.plan().title());
        CheckboxGroup<Activity> activities = new CheckboxGroup<>(getTranslation("assign.activities"));
        activities.setItemLabelGenerator(Activity::title);
        Anchor preview = new Anchor();
        preview.setText(getTranslation("assign.preview"));
        preview.setTarget("_blank");
        preview.setVisible(false);
        lesson.addValueChangeListener(e -> {
            activities.setItems(e.getValue().plan().activities());
            activities.select(e.getValue().plan().activities());
            preview.setHref(Pages.href(Pages.PREVIEW, e.getValue().plan().id()));
            preview.setVisible(true);
        });
        DatePicker due = new DatePicker(getTranslation("assign.due"));
        due.setHelperText(getTranslation("assign.due.help"));
        RadioButtonGroup<FeedbackMode> mode = new RadioButtonGroup<>(getTranslation("assign.mode"));
        mode.setItems(FeedbackMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("assign.mode." + m.name().toLowerCase(Locale.ROOT)));
        mode.setValue(FeedbackMode.IMMEDIATE);
        Paragraph error = new Paragraph();
        error.getElement().setAttribute("role", "alert");
        Button assign = new Button(getTranslation("assign.button"), e -> {
            if (lesson.getValue() == null || activities.getValue().isEmpty()) {
                error.setText(getTranslation("assign.missing"));
                return;
            }
            List<String> ids = activities.getValue().stream().map(Activity::id).toList();
            AssignmentInfo a = classroom.assign(teacherId, classId, lesson.getValue().plan().id(), due.getValue(),
                    mode.getValue(), ids);
            getUI().ifPresent(ui -> ui.navigate(Pages.href(Pages.ASSIGNMENT, a.id())));
        });
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2(getTranslation("assign.title")), lesson, preview, activities, due, mode, error, assign);
        addClassName("form-card");
    }
}
