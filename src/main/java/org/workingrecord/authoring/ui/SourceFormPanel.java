package org.workingrecord.authoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.workingrecord.authoring.SourceForm;
import org.workingrecord.lesson.Problem;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
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
    private final Div people = new Div();

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
                new H3(getTranslation("sources.form.speakers")), new Paragraph(getTranslation("sources.form.speakers.help")), people);
        showPeople(form.speakers());
    }

    /** One card per person, with what was typed so far; the guess who is who can be corrected both ways. */
    private void showPeople(List<SourceForm.SpeakerForm> people) {
        speakers.clear();
        this.people.removeAll();
        for (int i = 0; i < people.size(); i++) {
            SourceForm.SpeakerForm s = people.get(i);
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
            int at = i;
            if (s.written().size() > 1) {
                for (String one : s.written()) {
                    Button split = new Button(getTranslation("sources.form.speaker.split", one), e -> split(at, one));
                    split.addThemeVariants(ButtonVariant.TERTIARY);
                    card.add(split);
                }
            }
            if (people.size() > 1) {
                Select<Integer> same = new Select<>();
                same.setLabel(getTranslation("sources.form.speaker.same-as", written));
                same.setItems(IntStream.range(0, people.size()).filter(j -> j != at).boxed().toList());
                same.setItemLabelGenerator(j -> String.join(", ", people.get(j).written()));
                same.setPlaceholder(getTranslation("sources.form.speaker.same-as.none"));
                same.addValueChangeListener(e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        merge(at, e.getValue());
                    }
                });
                card.add(same);
            }
            this.people.add(card);
            speakers.add(new SpeakerFields(s, name, role, bio));
        }
    }

    /** The people as typed so far. */
    private List<SourceForm.SpeakerForm> typed() {
        return value().speakers();
    }

    /** One written name of a card is someone else: a card of their own. */
    private void split(int at, String name) {
        List<SourceForm.SpeakerForm> now = new ArrayList<>(typed());
        SourceForm.SpeakerForm s = now.get(at);
        now.set(at, new SourceForm.SpeakerForm(s.id(), s.name(), s.written().stream().filter(w -> !w.equals(name)).toList(),
                s.role(), s.bio()));
        now.add(at + 1, new SourceForm.SpeakerForm(SourceForm.freshId(name, now), name, List.of(name), "", ""));
        showPeople(now);
    }

    /** Two cards are one person: the second keeps what was typed for it, and takes the first's names. */
    private void merge(int from, int into) {
        List<SourceForm.SpeakerForm> now = new ArrayList<>(typed());
        SourceForm.SpeakerForm a = now.get(from);
        SourceForm.SpeakerForm b = now.get(into);
        List<String> names = new ArrayList<>(b.written());
        a.written().stream().filter(w -> !names.contains(w)).forEach(names::add);
        now.set(into, new SourceForm.SpeakerForm(b.id(), b.name().isBlank() ? a.name() : b.name(), names,
                b.role().isBlank() ? a.role() : b.role(), b.bio().isBlank() ? a.bio() : b.bio()));
        now.remove(from);
        showPeople(now);
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
