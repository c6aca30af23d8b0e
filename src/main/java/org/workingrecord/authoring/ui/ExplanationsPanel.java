package org.workingrecord.authoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.workingrecord.authoring.SourceForm;
import org.workingrecord.lesson.LessonPlan.Annotation;
import org.workingrecord.lesson.LessonPlan.GlossaryTerm;
import org.workingrecord.lesson.LessonPlan.Provenance;
import org.workingrecord.lesson.Problem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
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
 * What a teacher explains about the record: panels about where it comes from (beside the rights), notes on
 * words of the record (an editor's mark, an uncertain reading) and glossary terms. Words are given as the
 * record writes them and checked against it when the source is saved. Each addition or removal is saved as
 * a new version at once, through {@code save}.
 */
final class ExplanationsPanel extends Section {

    private final Paragraph problems = new Paragraph();

    ExplanationsPanel(SourceForm current, Function<SourceForm, List<Problem>> saving) {
        addClassName("form-card");
        problems.addClassName("form-error");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        Consumer<SourceForm> save = form -> {
            List<Problem> found = saving.apply(form);
            problems.setText(found.stream().map(Problem::message).reduce((a, b) -> a + " " + b).orElse(""));
            problems.setVisible(!found.isEmpty());
        };
        add(new H2(getTranslation("explain.heading")), new Paragraph(getTranslation("explain.intro")));

        RecordSelection.keep(this);
        TextField term = field("explain.term", "explain.term.help");
        TextField meaning = field("explain.meaning", null);
        add(new H3(getTranslation("explain.glossary")), list(current.glossary(), g -> g.term() + ": " + g.definition(),
                g -> save.accept(current.withExplanations(current.panels(), current.annotations(), without(current.glossary(), g)))),
                row(term, fromSelection(term), meaning, new Button(getTranslation("explain.add-term"), e -> save.accept(current.withExplanations(
                        current.panels(), current.annotations(),
                        with(current.glossary(), new GlossaryTerm(term.getValue().strip(), meaning.getValue(), List.of(term.getValue().strip()))))))));

        TextField words = field("explain.words", "explain.term.help");
        TextField kind = field("explain.kind", "explain.kind.help");
        TextArea note = new TextArea(getTranslation("explain.note"));
        note.setWidthFull();
        add(new H3(getTranslation("explain.notes")), list(current.annotations(), a -> "“" + a.quote() + "” (" + a.kind() + "): " + a.note(),
                a -> save.accept(current.withExplanations(current.panels(), without(current.annotations(), a), current.glossary()))),
                row(words, fromSelection(words), kind, note, new Button(getTranslation("explain.add-note"), e -> save.accept(current.withExplanations(
                        current.panels(), with(current.annotations(), new Annotation(words.getValue().strip(), kind.getValue(), note.getValue())),
                        current.glossary())))));

        TextField label = field("explain.panel", "explain.panel.help");
        TextArea text = new TextArea(getTranslation("explain.panel.text"));
        text.setWidthFull();
        add(new H3(getTranslation("explain.panels")), list(current.panels(), p -> p.label() + ": " + p.text(),
                p -> save.accept(current.withExplanations(without(current.panels(), p), current.annotations(), current.glossary()))),
                row(label, text, new Button(getTranslation("explain.add-panel"), e -> save.accept(current.withExplanations(
                        with(current.panels(), new Provenance(label.getValue().strip(), text.getValue())), current.annotations(),
                        current.glossary())))), problems);
    }

    /** A button that fills the field with the words last selected in the record on this page. */
    private Button fromSelection(TextField into) {
        Button b = new Button(getTranslation("builder.use-selection"), e -> RecordSelection.last(this, picked -> {
            if (picked.isEmpty()) {
                problems.setText(getTranslation("explain.selection-empty"));
                problems.setVisible(true);
            } else {
                into.setValue(picked);
            }
        }));
        b.getElement().setAttribute("aria-label", getTranslation("explain.use-selection.label", into.getLabel()));
        return b;
    }

    private TextField field(String label, String help) {
        TextField f = new TextField(getTranslation(label));
        if (help != null) {
            f.setHelperText(getTranslation(help));
        }
        f.setWidthFull();
        return f;
    }

    private static Div row(Component... parts) {
        Div d = new Div(parts);
        d.addClassName("explain-row");
        return d;
    }

    /** The items as a list, each with a button that removes it (named for screen readers by what it removes). */
    private <T> Component list(List<T> items, Function<T, String> words, Consumer<T> remove) {
        if (items.isEmpty()) {
            return new Paragraph(getTranslation("explain.none"));
        }
        UnorderedList out = new UnorderedList();
        out.addClassName("explain-list");
        for (T item : items) {
            Button button = new Button(getTranslation("explain.remove"), e -> remove.accept(item));
            button.getElement().setAttribute("aria-label", getTranslation("explain.remove.label", words.apply(item)));
            out.add(new ListItem(new Paragraph(words.apply(item)), button));
        }
        return out;
    }

    private static <T> List<T> with(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static <T> List<T> without(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.remove(item);
        return out;
    }
}
