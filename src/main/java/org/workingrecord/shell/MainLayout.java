package org.workingrecord.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/**
 * The frame around every page: the app's name, the main navigation and a skip link. Links are
 * plain paths (the router handles them) so the shell depends on no feature.
 */
public class MainLayout extends AppLayout {

    public MainLayout() {
        Anchor skip = new Anchor("#main-content", getTranslation("shell.skip"));
        skip.addClassName("skip-link");

        Anchor home = new Anchor("", getTranslation("app.name"));
        home.addClassName("app-name");

        Nav nav = new Nav();
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("shell.nav"));
        nav.add(new Anchor("", getTranslation("nav.lessons")), new Anchor("lesson-check", getTranslation("nav.check")));

        addToNavbar(skip, home, nav);
        addClassName("wr-shell");
    }
}
