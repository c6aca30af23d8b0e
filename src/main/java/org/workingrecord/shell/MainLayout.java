package org.workingrecord.shell;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The frame around every page: a skip link, the app's name and the main navigation, then the
 * page, then a footer with the privacy notice. Links are plain paths (the router handles them) so the shell depends on no feature.
 *
 * <p>The header is the same for everyone, so it is written once per language as plain HTML: one
 * server-side element per page instead of a dozen (every open page of every student holds it).
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

    private static final Map<Locale, String> HEADERS = new ConcurrentHashMap<>();
    private static final Map<Locale, String> FOOTERS = new ConcurrentHashMap<>();

    private final Div content = new Div();

    public MainLayout() {
        Header header = new Header();
        header.addClassName("app-header");
        header.getElement().setProperty("innerHTML", HEADERS.computeIfAbsent(getLocale(), l -> header()));
        content.addClassName("app-content");
        Footer footer = new Footer();
        footer.addClassName("app-footer");
        footer.getElement().setProperty("innerHTML", FOOTERS.computeIfAbsent(getLocale(),
                l -> link(Pages.PRIVACY, "nav.privacy")));
        add(header, content, footer);
        addClassName("wr-shell");
    }

    private String header() {
        return "<a class=\"skip-link\" href=\"#main-content\">" + Html.esc(getTranslation("shell.skip")) + "</a>"
                + "<a class=\"app-name\" href=\"" + Pages.CATALOG + "\">" + Html.esc(getTranslation("app.name")) + "</a>"
                + "<nav class=\"main-nav\" aria-label=\"" + Html.esc(getTranslation("shell.nav")) + "\">"
                + link(Pages.CATALOG, "nav.lessons") + link(Pages.JOIN, "nav.join") + link(Pages.MY_WORK, "nav.mywork") + link(Pages.TEACH, "nav.teach")
                + "</nav>";
    }

    private String link(String href, String key) {
        return "<a href=\"" + href + "\">" + Html.esc(getTranslation(key)) + "</a>";
    }

    /** The header as the browser gets it. */
    public String headerHtml() {
        return getElement().getChild(0).getProperty("innerHTML", "");
    }

    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.getElement().removeAllChildren();
        if (page != null) {
            content.getElement().appendChild(page.getElement());
        }
    }
}
