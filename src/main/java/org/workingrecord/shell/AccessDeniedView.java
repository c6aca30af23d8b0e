package org.workingrecord.shell;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Someone signed in opens a page meant for the other kind of account: a student clicks "Teach", a
 * teacher opens a student's work link. Says so in plain words and offers the ways on.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Main implements HasDynamicTitle, HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        setId("main-content");
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        Div ways = new Div(new Anchor(Pages.CATALOG, getTranslation("denied.lessons")), new Anchor(Pages.MY_WORK, getTranslation("denied.mywork")),
                new Anchor(Pages.LOGIN, getTranslation("denied.teacher")));
        ways.addClassName("actions");
        add(new H1(getTranslation("denied.title")), new Paragraph(getTranslation("denied.text")), ways);
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("denied.title") + " – " + getTranslation("app.name");
    }
}
