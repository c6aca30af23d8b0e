package org.workingrecord.account.ui;

import org.springframework.security.access.AccessDeniedException;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherStillHoldsException;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Administrators add and remove teacher accounts. They do not see other teachers' classes. */
@Route(value = Pages.ADMIN_TEACHERS, layout = MainLayout.class)
@RolesAllowed("ADMIN")
class TeachersView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final TeacherInfo admin;
    private final Grid<TeacherInfo> grid = new Grid<>();

    TeachersView(AccountService accounts, CurrentTeacher current) {
        this.accounts = accounts;
        this.admin = current.require();
        setId("main-content");
        addClassName("page");
        grid.addColumn(TeacherInfo::displayName).setHeader(getTranslation("admin.name"));
        grid.addColumn(TeacherInfo::username).setHeader(getTranslation("admin.username"));
        grid.addColumn(t -> t.administrator() ? getTranslation("admin.yes") : "").setHeader(getTranslation("admin.admin"));
        Paragraph removed = new Paragraph();
        removed.getElement().setAttribute("role", "status");
        removed.setId("removal-status");
        grid.addComponentColumn(t -> {
            Button remove = new Button(getTranslation("admin.remove"), e -> confirmRemoval(t, () -> {
                try {
                    accounts.removeTeacher(admin.id(), t.id());
                    removed.setText(getTranslation("admin.removed", t.displayName()));
                    refresh();
                } catch (TeacherStillHoldsException held) {
                    // say why, in the admin's words, and what to do; nothing has changed
                    removed.setText(getTranslation("admin.remove.refused", t.displayName(),
                            getTranslation(held.reasonKey(), held.count())));
                }
            }));
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("admin.remove") + ": " + t.displayName());
            remove.setEnabled(t.id() != admin.id());
            return remove;
        });
        grid.setAllRowsVisible(true);

        TextField name = new TextField(getTranslation("setup.name"));
        TextField username = new TextField(getTranslation("setup.username"));
        PasswordField password = new PasswordField(getTranslation("admin.password"));
        password.setHelperText(getTranslation("setup.password.help", AccountService.MIN_PASSWORD));
        Checkbox isAdmin = new Checkbox(getTranslation("admin.make-admin"));
        Paragraph message = new Paragraph();
        message.getElement().setAttribute("role", "status");
        Button add = new Button(getTranslation("admin.add"), e -> {
            try {
                accounts.addTeacher(admin.id(), username.getValue(), name.getValue(), password.getValue(), isAdmin.getValue());
                message.setText(getTranslation("admin.added", username.getValue()));
                name.clear();
                username.clear();
                password.clear();
                refresh();
            } catch (IllegalArgumentException | AccessDeniedException invalid) {
                message.setText(getTranslation("account.invalid", invalid.getMessage()));
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Section form = new Section(new H2(getTranslation("admin.new")), name, username, password, isAdmin, add, message);
        form.addClassName("form-card");
        add(new Anchor(Pages.TEACH, getTranslation("class.back")), new H1(getTranslation("admin.title")),
                new Paragraph(getTranslation("admin.intro")), grid, removed, form);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.teachers(admin.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " – " + getTranslation("app.name");
    }

    /** Removing an account cannot be undone: asked first, with "Keep the account" the main choice. */
    private void confirmRemoval(TeacherInfo teacher, Runnable remove) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("admin.remove.title", teacher.displayName()));
        dialog.setText(getTranslation("admin.remove.confirm", teacher.displayName(), teacher.username()));
        dialog.setConfirmText(getTranslation("admin.remove.keep"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("admin.remove.yes"));
        dialog.addRejectListener(e -> remove.run());
        dialog.open();
    }
}
