package org.workingrecord.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist: say so plainly and offer the way back. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Main implements HasDynamicTitle, HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        setId("main-content");
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        String message = parameter.hasCustomMessage() ? parameter.getCustomMessage() : getTranslation("notfound.text");
        add(new H1(getTranslation("notfound.title")), new Paragraph(message),
                new Anchor(Pages.CATALOG, getTranslation("notfound.back")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title") + " – " + getTranslation("app.name");
    }
}
