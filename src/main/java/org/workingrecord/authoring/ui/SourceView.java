package org.workingrecord.authoring.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.authoring.Proposal;
import org.workingrecord.authoring.SourceAuthoring;
import org.workingrecord.authoring.SourceAuthoring.SourceDetail;
import org.workingrecord.authoring.SourceForm;
import org.workingrecord.lesson.ui.RecordPanel;
import org.workingrecord.shell.Downloads;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;
import org.workingrecord.source.LineFix;
import org.workingrecord.source.RecordFormatException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One record a teacher brought: the record as students will read it, and for its owner the form to
 * save a new version, sharing with the other teachers, and removing it. Another teacher's private
 * source is "not found", as a source that does not exist is.
 */
@Route(value = Pages.SOURCE, layout = MainLayout.class)
@RolesAllowed("TEACHER")
class SourceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SourceAuthoring authoring;
    private final TeacherInfo teacher;
    private final Clock clock;
    private String title = "";
    /** The owner's corrections of how lines are read, saved with the next version. */
    private List<LineFix> fixes = List.of();

    SourceView(SourceAuthoring authoring, CurrentTeacher current, Clock clock) {
        this.authoring = authoring;
        this.teacher = current.require();
        this.clock = clock;
        setId("main-content");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("sourceId").orElse("");
        Optional<SourceDetail> detail = id.matches("\\d{1,18}") ? authoring.open(teacher.id(), Long.parseLong(id)) : Optional.empty();
        if (detail.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("sources.not-found"));
            return;
        }
        build(detail.get());
    }

    private void build(SourceDetail d) {
        removeAll();
        title = d.summary().title();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        add(new Anchor(Pages.SOURCES, getTranslation("sources.back")), new H1(title),
                new Paragraph(getTranslation("sources.version", d.version(), when.format(d.savedAt()))));
        if (d.summary().mine()) {
            Checkbox shared = new Checkbox(getTranslation("sources.share"), d.summary().shared());
            shared.setHelperText(getTranslation("sources.share.help"));
            shared.addValueChangeListener(e -> authoring.share(teacher.id(), d.summary().id(), e.getValue()));
            add(shared);
        } else {
            add(new Paragraph(getTranslation("sources.shared-with-you")));
        }
        Anchor files = new Anchor(Downloads.href(Downloads.SOURCE_PACK_ZIP, d.summary().id()), getTranslation("sources.download"));
        files.getElement().setAttribute("download", true);
        files.getElement().setAttribute("router-ignore", true);
        add(new Paragraph(files, new Span(" " + getTranslation("sources.download.help"))));
        if (d.reader() != null) {
            RecordPanel panel = RecordPanel.once(d.reader());
            panel.getElement().setAttribute("aria-label", getTranslation("sources.preview"));
            Section preview = new Section(new H2(getTranslation("sources.preview")), new Paragraph(getTranslation("sources.preview.help")), panel);
            preview.addClassName("source-preview");
            add(preview);
        }
        if (d.summary().mine() && d.pack() != null) {
            fixes = d.pack().structure();
            Div structure = new Div();
            showStructure(structure, d);
            add(new Section(new H2(getTranslation("sources.structure.heading-saved")),
                    new Paragraph(getTranslation("sources.structure.help-saved")), structure));
            SourceForm base = SourceForm.of(title, d.pack());
            SourceFormPanel form = new SourceFormPanel(base);
            Button save = new Button(getTranslation("sources.save-version"), e -> {
                SourceAuthoring.Saved saved = authoring.update(teacher.id(), d.summary().id(), form.value().withStructure(fixes)
                        .withExplanations(base.panels(), base.annotations(), base.glossary()));
                form.show(saved.problems());
                if (saved.problems().isEmpty()) {
                    authoring.open(teacher.id(), d.summary().id()).ifPresent(this::build);
                }
            });
            save.addThemeVariants(ButtonVariant.PRIMARY);
            add(form, save, new ExplanationsPanel(base, changed -> {
                SourceAuthoring.Saved saved = authoring.update(teacher.id(), d.summary().id(), form.value().withStructure(fixes)
                        .withExplanations(changed.panels(), changed.annotations(), changed.glossary()));
                if (saved.problems().isEmpty()) {
                    authoring.open(teacher.id(), d.summary().id()).ifPresent(this::build);
                }
                return saved.problems();
            }));
        }
        if (d.summary().mine() || teacher.administrator()) {
            Button remove = new Button(getTranslation("sources.remove"), e -> confirmRemoval(d));
            remove.addThemeVariants(ButtonVariant.ERROR);
            add(new Div(remove));
        }
    }

    /** The record as read with the corrections so far, and the form to correct another line. */
    private void showStructure(Div into, SourceDetail d) {
        List<String> names = d.pack().speakers().stream().flatMap(sp -> sp.aliases().stream()).toList();
        try {
            Proposal read = Proposal.of(d.recordText(), fixes);
            into.removeAll();
            LineFixForm[] form = new LineFixForm[1];
            form[0] = new LineFixForm(fixes, names, next -> {
                List<LineFix> before = fixes;
                fixes = List.copyOf(next);
                try {
                    Proposal.of(d.recordText(), fixes);
                    showStructure(into, d);
                } catch (RecordFormatException e) {
                    fixes = before;
                    form[0].showError(e.getMessage());
                }
            });
            into.add(new StructureTable(read.record(), fixes), form[0]);
        } catch (RecordFormatException e) {
            into.add(new Paragraph(e.getMessage()));
        }
    }

    /** Removing cannot be undone: asked first, with keeping it the main choice. */
    private void confirmRemoval(SourceDetail d) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("sources.remove.title", d.summary().title()));
        dialog.setText(getTranslation("sources.remove.text"));
        dialog.setConfirmText(getTranslation("sources.remove.keep"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("sources.remove.confirm"));
        dialog.addRejectListener(e -> {
            if (authoring.delete(teacher.id(), d.summary().id())) {
                getUI().ifPresent(ui -> ui.navigate(Pages.SOURCES));
            } else {
                Paragraph held = new Paragraph(getTranslation("sources.remove.in-use"));
                held.getElement().setAttribute("role", "alert");
                add(held);
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
