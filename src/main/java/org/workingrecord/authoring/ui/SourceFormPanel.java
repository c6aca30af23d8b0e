package org.workingrecord.authoring.ui;

import java.util.ArrayList;
import java.util.List;

import org.workingrecord.authoring.SourceForm;
import org.workingrecord.lesson.Problem;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What a teacher says about a record: its title, citation and rights note, and each speaker (the names
 * the record writes them with, a display name, their role on that date, a short biography). The
 * problems a save finds are listed at the top, each in words that say what to fix.
 */
final class SourceFormPanel extends Section {

    private final TextField title = new TextField();
    private final TextArea citation = new TextArea();
    private final TextArea rights = new TextArea();
    private final List<SpeakerFields> speakers = new ArrayList<>();
    private final Div problems = new Div();

    private record SpeakerFields(SourceForm.SpeakerForm proposed, TextField name, TextField role, TextArea bio) {
    }

    SourceFormPanel(SourceForm form) {
        addClassName("form-card");
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        title.setLabel(getTranslation("sources.form.title"));
        title.setMaxLength(300);
        title.setWidthFull();
        title.setValue(form.title());
        citation.setLabel(getTranslation("sources.form.citation"));
        citation.setHelperText(getTranslation("sources.form.citation.help"));
        citation.setWidthFull();
        citation.setValue(form.citation());
        rights.setLabel(getTranslation("sources.form.rights"));
        rights.setHelperText(getTranslation("sources.form.rights.help"));
        rights.setWidthFull();
        rights.setValue(form.rights());
        add(new H2(getTranslation("sources.form.heading")), problems, title, citation, rights,
                new H3(getTranslation("sources.form.speakers")), new Paragraph(getTranslation("sources.form.speakers.help")));
        for (SourceForm.SpeakerForm s : form.speakers()) {
            String written = String.join(", ", s.written());
            TextField name = new TextField(getTranslation("sources.form.speaker.name", written));
            name.setValue(s.name());
            name.setMaxLength(120);
            TextField role = new TextField(getTranslation("sources.form.speaker.role", written));
            role.setValue(s.role());
            role.setMaxLength(200);
            role.setWidthFull();
            TextArea bio = new TextArea(getTranslation("sources.form.speaker.bio", written));
            bio.setValue(s.bio());
            bio.setMaxLength(1000);
            bio.setWidthFull();
            Div card = new Div(new H3(getTranslation("sources.form.speaker.written", written)), name, role, bio);
            card.addClassName("speaker-form");
            add(card);
            speakers.add(new SpeakerFields(s, name, role, bio));
        }
    }

    SourceForm value() {
        return new SourceForm(title.getValue(), citation.getValue(), rights.getValue(), speakers.stream()
                .map(f -> new SourceForm.SpeakerForm(f.proposed().id(), f.name().getValue(), f.proposed().written(),
                        f.role().getValue(), f.bio().getValue())).toList());
    }

    /** Lists what keeps the source from being saved; an empty list clears it. */
    void show(List<Problem> found) {
        problems.removeAll();
        if (found.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        found.forEach(p -> list.add(new ListItem(p.line() > 0 ? getTranslation("sources.form.problem.line", p.line(), p.message())
                : p.message())));
        problems.add(new Paragraph(getTranslation("sources.form.problems")), list);
        title.focus();
    }
}
