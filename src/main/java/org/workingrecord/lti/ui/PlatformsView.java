package org.workingrecord.lti.ui;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.lti.LtiPlatform;
import org.workingrecord.lti.LtiPlatforms;
import org.workingrecord.shell.LtiEndpoints;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators connect learning platforms (LTI 1.3): this tool's addresses to paste into the platform, the
 * platforms registered, and the form for what the platform gave (issuer, client id, its endpoints, deployment ids).
 */
@Route(value = Pages.ADMIN_PLATFORMS, layout = MainLayout.class)
@RolesAllowed("ADMIN")
class PlatformsView extends Main implements HasDynamicTitle {

    private final LtiPlatforms platforms;
    private final TeacherInfo admin;
    private final Grid<LtiPlatform> grid = new Grid<>();
    private final Paragraph status = new Paragraph();

    PlatformsView(LtiPlatforms platforms, CurrentTeacher current) {
        this.platforms = platforms;
        this.admin = current.require();
        setId("main-content");
        addClassName("page");
        status.getElement().setAttribute("role", "status");
        grid.addColumn(LtiPlatform::name).setHeader(getTranslation("platforms.name")).setAutoWidth(true);
        grid.addColumn(LtiPlatform::issuer).setHeader(getTranslation("platforms.issuer")).setAutoWidth(true);
        grid.addColumn(LtiPlatform::clientId).setHeader(getTranslation("platforms.client")).setAutoWidth(true);
        grid.addColumn(p -> String.join(", ", p.deploymentIds())).setHeader(getTranslation("platforms.deployments"));
        grid.addComponentColumn(p -> {
            Button remove = new Button(getTranslation("platforms.remove"), e -> confirmRemoval(p));
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("platforms.remove") + ": " + p.name());
            return remove;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new Anchor(Pages.TEACH, getTranslation("class.back")), new H1(getTranslation("platforms.title")),
                new Paragraph(getTranslation("platforms.intro")), toolAddresses(), new H2(getTranslation("platforms.registered")),
                grid, status, form());
        refresh();
    }

    /** What the platform's administrator pastes into its tool registration. */
    private Section toolAddresses() {
        String base = ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest()).toUriString();
        DescriptionList list = new DescriptionList();
        list.add(new DescriptionList.Term(getTranslation("platforms.tool.login")), new DescriptionList.Description(base + LtiEndpoints.LOGIN));
        list.add(new DescriptionList.Term(getTranslation("platforms.tool.launch")), new DescriptionList.Description(base + LtiEndpoints.LAUNCH));
        list.add(new DescriptionList.Term(getTranslation("platforms.tool.jwks")), new DescriptionList.Description(base + LtiEndpoints.JWKS));
        list.addClassName("tool-addresses");
        return new Section(new H2(getTranslation("platforms.tool")), new Paragraph(getTranslation("platforms.tool.how")), list);
    }

    private Section form() {
        TextField name = field("platforms.form.name", "platforms.form.name.help");
        TextField issuer = field("platforms.form.issuer", "platforms.form.issuer.help");
        TextField client = field("platforms.form.client", "platforms.form.client.help");
        TextField auth = field("platforms.form.auth", "platforms.form.url.help");
        TextField token = field("platforms.form.token", "platforms.form.url.help");
        TextField jwks = field("platforms.form.jwks", "platforms.form.url.help");
        TextArea deployments = new TextArea(getTranslation("platforms.form.deployments"));
        deployments.setHelperText(getTranslation("platforms.form.deployments.help"));
        Paragraph message = new Paragraph();
        message.getElement().setAttribute("role", "status");
        Button register = new Button(getTranslation("platforms.form.register"), e -> {
            try {
                LtiPlatform p = platforms.register(admin.id(), name.getValue(), issuer.getValue(), client.getValue(), auth.getValue(),
                        token.getValue(), jwks.getValue(), deployments.getValue());
                message.setText(getTranslation("platforms.form.registered", p.name()));
                for (TextField f : new TextField[] {name, issuer, client, auth, token, jwks}) {
                    f.clear();
                }
                deployments.clear();
                refresh();
            } catch (IllegalArgumentException refused) {
                message.setText(getTranslation("platforms.form.invalid." + refused.getMessage()));
            } catch (AccessDeniedException notAdmin) {
                message.setText(getTranslation("platforms.form.admins-only"));
            }
        });
        register.addThemeVariants(ButtonVariant.PRIMARY);
        Section form = new Section(new H2(getTranslation("platforms.form.title")), name, issuer, client, auth, token, jwks, deployments,
                register, message);
        form.addClassName("form-card");
        return form;
    }

    private TextField field(String label, String help) {
        TextField f = new TextField(getTranslation(label));
        f.setHelperText(getTranslation(help));
        f.setWidth("min(100%, 40rem)");
        return f;
    }

    private void confirmRemoval(LtiPlatform p) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("platforms.remove.title", p.name()));
        dialog.setText(getTranslation("platforms.remove.text", p.name()));
        dialog.setConfirmText(getTranslation("platforms.remove.keep"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("platforms.remove.yes"));
        dialog.addRejectListener(e -> {
            platforms.remove(admin.id(), p.id());
            status.setText(getTranslation("platforms.removed", p.name()));
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(platforms.list(admin.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platforms.title") + " – " + getTranslation("app.name");
    }
}
