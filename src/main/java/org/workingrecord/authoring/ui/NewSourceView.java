package org.workingrecord.authoring.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.authoring.Proposal;
import org.workingrecord.authoring.RecordFile;
import org.workingrecord.authoring.SourceAuthoring;
import org.workingrecord.authoring.SourceForm;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;
import org.workingrecord.source.LineFix;
import org.workingrecord.source.RecordFormatException;
import org.workingrecord.source.WorkingRecord;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * A teacher brings a record: pastes its text or uploads its file, sees line by line what the app found
 * in it (headings, each speaker's turns, notes), names the speakers, cites it and saves it. Nothing is
 * saved until the whole source passes the same checks as the shipped ones.
 */
@Route(value = Pages.NEW_SOURCE, layout = MainLayout.class)
@RolesAllowed("TEACHER")
class NewSourceView extends Main implements HasDynamicTitle {

    private final SourceAuthoring authoring;
    private final TeacherInfo teacher;
    private final TextArea pasted = new TextArea();
    private final Paragraph error = new Paragraph();
    private final Div found = new Div();
    private String text;
    private List<LineFix> fixes = List.of();

    NewSourceView(SourceAuthoring authoring, CurrentTeacher current) {
        this.authoring = authoring;
        this.teacher = current.require();
        setId("main-content");
        addClassName("page");
        add(new Anchor(Pages.SOURCES, getTranslation("sources.back")), new H1(getTranslation("sources.new.title")),
                new Paragraph(getTranslation("sources.new.intro")));

        pasted.setLabel(getTranslation("sources.new.paste"));
        pasted.setHelperText(getTranslation("sources.new.paste.help"));
        pasted.setMaxLength(RecordFile.MAX_BYTES);
        pasted.setWidthFull();
        pasted.addClassName("record-paste");
        Button read = new Button(getTranslation("sources.new.read"), e -> read(() -> RecordFile.pasted(pasted.getValue())));
        read.addThemeVariants(ButtonVariant.PRIMARY);

        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> read(() -> RecordFile.read(meta.fileName(), bytes))))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RecordFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".docx", "text/plain", "text/markdown",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.addFileRejectedListener(e -> showError(getTranslation("sources.new.rejected", e.getErrorMessage())));
        Paragraph or = new Paragraph(getTranslation("sources.new.upload"));

        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        Section first = new Section(new H2(getTranslation("sources.new.step1")), pasted, read, or, upload, error);
        first.addClassName("form-card");
        add(first, found);
    }

    private interface TextSource {
        String get() throws RecordFormatException;
    }

    /** Reads a new text (its corrections start afresh) and shows what the app found in it, or says why it cannot. */
    private void read(TextSource source) {
        found.removeAll();
        try {
            String candidate = source.get();
            Proposal proposal = Proposal.of(candidate, List.of());
            text = candidate;
            fixes = List.of();
            showError("");
            show(proposal);
        } catch (RecordFormatException e) {
            text = null;
            showError(e.getMessage());
        }
    }

    /** Reads the same text with the teacher's corrections; corrections the record cannot take are refused, with why. */
    private void correct(List<LineFix> next, LineFixForm form) {
        try {
            Proposal proposal = Proposal.of(text, next);
            fixes = List.copyOf(next);
            found.removeAll();
            show(proposal);
        } catch (RecordFormatException e) {
            form.showError(e.getMessage());
        }
    }

    private void show(Proposal proposal) {
        SourceForm proposed = SourceForm.proposed(proposal);
        SourceFormPanel form = new SourceFormPanel(proposed);
        Button save = new Button(getTranslation("sources.new.save"), e -> save(form));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        H2 heading = new H2(getTranslation("sources.new.step2", proposal.record().turns().size(), proposal.speakers().size()));
        heading.getElement().setAttribute("tabindex", "-1");
        LineFixForm[] fixForm = new LineFixForm[1];
        fixForm[0] = new LineFixForm(fixes, names(proposal.record()), next -> correct(next, fixForm[0]));
        found.add(new Section(heading, new Paragraph(getTranslation("sources.new.step2.help")),
                new StructureTable(proposal.record(), fixes), fixForm[0]), form, save);
        heading.getElement().callJsFunction("focus");
    }

    /** The names a line can be given as a turn: those the record writes for its speakers, those present, its guests. */
    static List<String> names(WorkingRecord record) {
        Set<String> names = new LinkedHashSet<>();
        record.turns().forEach(t -> names.add(t.speaker()));
        names.addAll(record.present());
        names.addAll(record.guests());
        return List.copyOf(names);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(!message.isEmpty());
    }

    private void save(SourceFormPanel form) {
        SourceAuthoring.Saved saved = authoring.create(teacher.id(), text, form.value().withStructure(fixes));
        form.show(saved.problems());
        saved.id().ifPresent(id -> getUI().ifPresent(ui -> ui.navigate(Pages.href(Pages.SOURCE, id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sources.new.title") + " – " + getTranslation("app.name");
    }
}
