package org.workingrecord.audit.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;

import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.audit.AuditAction;
import org.workingrecord.audit.AuditEntry;
import org.workingrecord.audit.AuditFilter;
import org.workingrecord.audit.AuditLog;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The audit log for administrators: who viewed, graded, exported, removed or deleted students' data,
 * newest first, read page by page from the database as the grid scrolls, narrowed by action or by words.
 */
@Route(value = Pages.ADMIN_AUDIT, layout = MainLayout.class)
@RolesAllowed("ADMIN")
class AuditView extends Main implements HasDynamicTitle {

    private final AuditLog audit;
    private final TeacherInfo admin;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Select<AuditAction> action = new Select<>();
    private final TextField words = new TextField();

    AuditView(AuditLog audit, CurrentTeacher current, Clock clock) {
        this.audit = audit;
        this.admin = current.require();
        setId("main-content");
        addClassNames("page", "audit-page");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(e -> when.format(e.at().atZone(clock.getZone()))).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(e -> e.byAdministrator() ? getTranslation("audit.by-admin", e.actor()) : e.actor())
                .setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> actionWords(e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::className).setHeader(getTranslation("audit.class")).setAutoWidth(true);
        grid.addColumn(AuditEntry::student).setHeader(getTranslation("audit.student")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(4);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.addClassName("audit-grid");

        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(Arrays.asList(AuditAction.values()));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.filter.any"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.filter.any") : actionWords(a));
        action.addValueChangeListener(e -> refresh());
        words.setLabel(getTranslation("audit.filter.words"));
        words.setHelperText(getTranslation("audit.filter.words.help"));
        words.setClearButtonVisible(true);
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.addValueChangeListener(e -> refresh());
        Div filters = new Div(action, words);
        filters.addClassName("audit-filters");

        add(new Anchor(Pages.TEACH, getTranslation("class.back")), new H1(getTranslation("audit.title")),
                new Paragraph(getTranslation("audit.intro", audit.keptMonths())),
                new Paragraph(new Anchor(Pages.ADMIN_STUDENTS, getTranslation("requests.title"))), filters, grid);
        refresh();
    }

    private String actionWords(AuditAction a) {
        return getTranslation("audit.action." + a.name().toLowerCase(Locale.ROOT));
    }

    private void refresh() {
        AuditFilter filter = new AuditFilter(action.getValue(), words.getValue());
        grid.setItems(query -> audit.entries(admin.id(), filter, query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(admin.id(), filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " – " + getTranslation("app.name");
    }
}
