package org.workingrecord.lesson.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Annotation;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LessonSources;
import org.workingrecord.source.WorkingRecord;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The panels beside the record in the reader: who speaks (each with their label), who was present and
 * who says nothing, the document and its provenance, the editor's marks, the timeline, the glossary
 * and the context cards. With several records, attendance and the document panels come once per record,
 * named by its letter.
 */
final class ReaderAside extends Aside {

    ReaderAside(LessonPlan plan, LessonSources sources) {
        addClassName("record-aside");
        getElement().setAttribute("aria-label", getTranslation("reader.aside"));

        UnorderedList speakers = new UnorderedList();
        speakers.addClassName("speaker-list");
        Set<String> names = new LinkedHashSet<>();
        sources.texts().forEach(t -> names.addAll(t.record().speakers()));
        for (String asWritten : names) {
            Optional<Speaker> s = plan.speakerNamed(asWritten);
            Span chip = speakerChip(plan, asWritten);
            ListItem li = new ListItem(chip);
            s.ifPresent(sp -> li.add(new Span(" " + sp.name() + ": " + sp.role())));
            speakers.add(li);
        }
        add(panel(getTranslation("reader.panel.speakers"), true, speakers));
        for (LessonSources.Text t : sources.texts()) {
            aboutRecord(t, sources.several());
        }
        DescriptionList marks = new DescriptionList();
        marks.add(legend("[ ]", "reader.mark.completion"));
        marks.add(legend("{ }", "reader.mark.insertion"));
        marks.add(legend(getTranslation("reader.mark.underline.sample"), "reader.mark.underline"));
        marks.add(legend(getTranslation("reader.mark.layout.sample"), "reader.mark.layout"));
        for (LessonSources.Text t : sources.texts()) {
            for (Annotation a : t.ref().annotations()) {
                marks.add(new DescriptionList.Term(a.quote()), new DescriptionList.Description(a.note()));
            }
        }
        add(panel(getTranslation("reader.panel.marks"), false, marks));
        readingAids(plan, sources);
    }

    /** " (record A)" after a term that explains words of only some of the lesson's records. */
    private String ofRecords(LessonSources sources, LessonPlan.GlossaryTerm term) {
        String letters = sources.recordsOf(term);
        return letters.isEmpty() ? "" : " (" + getTranslation("reader.record", letters) + ")";
    }

    /** Who was there and what the document is, for one record ("Record B: ..." when there are several). */
    private void aboutRecord(LessonSources.Text text, boolean several) {
        WorkingRecord record = text.record();
        String of = several ? " – " + getTranslation("reader.record", text.letter()) : "";

        Set<String> spoke = new LinkedHashSet<>(record.speakers());
        List<String> silent = record.present().stream().filter(p -> !spoke.contains(p)).toList();
        List<String> unlisted = record.speakers().stream()
                .filter(s -> !record.present().contains(s) && !record.guests().contains(s)).toList();
        Div attendance = new Div(
                labelled(getTranslation("reader.present"), String.join(", ", record.present())),
                labelled(getTranslation("reader.guests"), record.guests().isEmpty() ? "–" : String.join(", ", record.guests())),
                labelled(getTranslation("reader.silent"), silent.isEmpty() ? "–" : String.join(", ", silent)),
                labelled(getTranslation("reader.unlisted"), unlisted.isEmpty() ? "–" : String.join(", ", unlisted)),
                new Paragraph(getTranslation("reader.silence-note")));
        attendance.addClassName("attendance");
        add(panel(getTranslation("reader.panel.attendance") + of, true, attendance));

        DescriptionList provenance = new DescriptionList();
        provenance.add(new DescriptionList.Term(getTranslation("reader.citation")),
                new DescriptionList.Description(text.ref().citation()));
        text.ref().provenance().forEach(p -> provenance.add(new DescriptionList.Term(p.label()),
                new DescriptionList.Description(p.text())));
        add(panel(getTranslation("reader.panel.document") + of, false, provenance));
    }

    private void readingAids(LessonPlan plan, LessonSources sources) {
        if (!plan.timeline().isEmpty()) {
            DescriptionList timeline = new DescriptionList();
            timeline.addClassName("timeline");
            plan.timeline().forEach(t -> timeline.add(new DescriptionList.Term(t.date()),
                    new DescriptionList.Description(t.text())));
            add(panel(getTranslation("reader.panel.timeline"), false, timeline));
        }
        if (!plan.glossary().isEmpty()) {
            DescriptionList glossary = new DescriptionList();
            plan.glossary().forEach(g -> glossary.add(new DescriptionList.Term(g.term() + ofRecords(sources, g)),
                    new DescriptionList.Description(g.definition())));
            add(panel(getTranslation("reader.panel.glossary"), false, glossary));
        }
        if (!plan.context().isEmpty()) {
            Div cards = new Div();
            plan.context().forEach(c -> {
                Div card = new Div(new H2(c.title()), new Paragraph(c.text()));
                card.addClassName("context-card");
                cards.add(card);
            });
            add(panel(getTranslation("reader.panel.context"), false, cards));
        }
    }

    private Component[] legend(String sample, String key) {
        return new Component[] {new DescriptionList.Term(sample), new DescriptionList.Description(getTranslation(key))};
    }

    private static Paragraph labelled(String label, String value) {
        Span l = new Span(label + " ");
        l.addClassName("label");
        return new Paragraph(l, new Span(value));
    }

    private static Details panel(String summary, boolean opened, Component... content) {
        Details details = new Details(summary, content);
        details.setOpened(opened);
        details.addClassName("aside-panel");
        return details;
    }

    /** A speaker's label: the name in words and a colour, so colour is never the only cue. */
    private Span speakerChip(LessonPlan plan, String asWritten) {
        Span chip = new Span(asWritten);
        chip.addClassNames("speaker-chip", "speaker-" + RecordHtml.colourOf(plan, asWritten));
        return chip;
    }
}
