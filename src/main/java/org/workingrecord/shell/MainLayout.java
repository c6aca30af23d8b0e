package org.workingrecord.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The frame around every page: a skip link, the app's name and the main navigation, then the
 * page. Links are plain paths (the router handles them) so the shell depends on no feature.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

    private final Div content = new Div();

    public MainLayout() {
        Anchor skip = new Anchor("#main-content", getTranslation("shell.skip"));
        skip.addClassName("skip-link");

        Anchor home = new Anchor("", getTranslation("app.name"));
        home.addClassName("app-name");

        Nav nav = new Nav();
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("shell.nav"));
        nav.add(new Anchor("", getTranslation("nav.lessons")), new Anchor("join", getTranslation("nav.join")),
                new Anchor("my-work", getTranslation("nav.mywork")), new Anchor("teach", getTranslation("nav.teach")));

        Header header = new Header(skip, home, nav);
        header.addClassName("app-header");
        content.addClassName("app-content");
        add(header, content);
        addClassName("wr-shell");
    }

    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.getElement().removeAllChildren();
        if (page != null) {
            content.getElement().appendChild(page.getElement());
        }
    }
}
