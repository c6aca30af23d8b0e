package org.workingrecord.authoring.ui;

import java.util.List;
import java.util.function.Consumer;

import org.workingrecord.authoring.LessonAuthoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** "About the lesson": its title, level, length, summary and objectives, written into the lesson's text on saving. */
final class AboutLessonForm extends Details {

    AboutLessonForm(LessonAuthoring.About about, Consumer<LessonAuthoring.About> save) {
        setSummaryText(getTranslation("about.heading"));
        TextField title = new TextField(getTranslation("about.title"));
        title.setValue(about.title());
        title.setWidthFull();
        TextField level = new TextField(getTranslation("about.level"));
        level.setValue(about.level());
        level.setHelperText(getTranslation("about.level.help"));
        IntegerField duration = new IntegerField(getTranslation("about.duration"));
        duration.setValue(about.duration());
        duration.setMin(5);
        duration.setMax(600);
        TextArea summary = new TextArea(getTranslation("about.summary"));
        summary.setValue(about.summary());
        summary.setWidthFull();
        TextArea objectives = new TextArea(getTranslation("about.objectives"));
        objectives.setValue(String.join("\n", about.objectives()));
        objectives.setHelperText(getTranslation("about.objectives.help"));
        objectives.setWidthFull();
        Button apply = new Button(getTranslation("about.save"), e -> save.accept(new LessonAuthoring.About(title.getValue(),
                level.getValue(), duration.getValue() == null ? 45 : duration.getValue(), summary.getValue(),
                List.of(objectives.getValue().split("\n")))));
        Section body = new Section(title, level, duration, summary, objectives, apply);
        body.addClassName("form-card");
        add(body);
    }
}
