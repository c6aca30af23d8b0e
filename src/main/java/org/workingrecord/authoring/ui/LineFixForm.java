package org.workingrecord.authoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.workingrecord.source.LineFix;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * Correcting what the app found, one line at a time: a line is a turn of someone (to split a turn or change
 * its speaker), a note, a heading, or part of the entry above (to merge). The text is never changed. Each
 * change hands the whole list of corrections to the page, which reads the record again with them.
 */
final class LineFixForm extends Section {

    private final List<LineFix> fixes;
    private final Consumer<List<LineFix>> changed;
    private final Paragraph error = new Paragraph();

    LineFixForm(List<LineFix> current, List<String> names, Consumer<List<LineFix>> changed) {
        this.fixes = new ArrayList<>(current);
        this.changed = changed;
        addClassName("form-card");
        IntegerField line = new IntegerField(getTranslation("fix.line"));
        line.setMin(1);
        line.setStepButtonsVisible(false);
        Select<LineFix.As> as = new Select<>();
        as.setLabel(getTranslation("fix.as"));
        as.setItems(LineFix.As.values());
        as.setItemLabelGenerator(a -> getTranslation("fix.as." + a.name().toLowerCase(Locale.ROOT)));
        as.setValue(LineFix.As.TURN);
        Select<String> speaker = new Select<>();
        speaker.setLabel(getTranslation("fix.speaker"));
        speaker.setItems(names);
        as.addValueChangeListener(e -> speaker.setVisible(e.getValue() == LineFix.As.TURN));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button apply = new Button(getTranslation("fix.apply"), e -> {
            if (line.getValue() == null || as.getValue() == LineFix.As.TURN && speaker.getValue() == null) {
                showError(getTranslation("fix.missing"));
                return;
            }
            List<LineFix> next = new ArrayList<>(fixes);
            next.removeIf(f -> f.line() == line.getValue());
            next.add(new LineFix(line.getValue(), as.getValue(), as.getValue() == LineFix.As.TURN ? speaker.getValue() : ""));
            changed.accept(next);
        });
        Div fields = new Div(line, as, speaker, apply);
        fields.addClassName("actions");
        add(new H3(getTranslation("fix.heading")), new Paragraph(getTranslation("fix.help")), fields, error);
        if (!fixes.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("explain-list");
            for (LineFix f : fixes) {
                Button undo = new Button(getTranslation("fix.undo"), e -> {
                    List<LineFix> next = new ArrayList<>(fixes);
                    next.remove(f);
                    changed.accept(next);
                });
                undo.getElement().setAttribute("aria-label", getTranslation("fix.undo.label", f.line()));
                list.add(new ListItem(new Paragraph(describe(f)), undo));
            }
            add(new Paragraph(getTranslation("fix.done")), list);
        }
    }

    /** Says why the corrections could not be used (the parser's reason). */
    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private String describe(LineFix f) {
        return f.as() == LineFix.As.TURN ? getTranslation("fix.said.turn", f.line(), f.speaker())
                : getTranslation("fix.said." + f.as().name().toLowerCase(Locale.ROOT), f.line());
    }
}
