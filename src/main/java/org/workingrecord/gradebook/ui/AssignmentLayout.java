package org.workingrecord.gradebook.ui;

import java.util.List;

import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The frame of an assignment's pages: the way back to the class, the lesson's title, and a row of
 * links, one per part (progress, class summary, grading, settings, downloads). Each part has its
 * own address, so a teacher can bookmark or share it and the browser's back button works; the
 * links are plain links with {@code aria-current}, which screen readers announce and axe accepts.
 */
@ParentLayout(MainLayout.class)
@RolesAllowed("TEACHER")
class AssignmentLayout extends Main implements RouterLayout, BeforeEnterObserver, AfterNavigationObserver {

    private final ClassroomService classroom;
    private final LessonCatalog catalog;
    private final CurrentTeacher current;
    private final Div header = new Div();
    private final Nav parts = new Nav();
    private final Div content = new Div();
    private long shownFor = -1;

    AssignmentLayout(ClassroomService classroom, LessonCatalog catalog, CurrentTeacher current) {
        this.classroom = classroom;
        this.catalog = catalog;
        this.current = current;
        setId("main-content");
        addClassNames("page", "assignment-page");
        parts.addClassName("part-nav");
        parts.getElement().setAttribute("aria-label", getTranslation("assignment.parts"));
        content.addClassName("part-content");
        add(header, parts, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AssignmentPage.of(event, current, classroom, catalog).ifPresent(page -> {
            if (page.id() == shownFor) {
                return;
            }
            shownFor = page.id();
            header.removeAll();
            header.add(new Anchor(Pages.href(Pages.CLASS, page.assignment().classId()), getTranslation("assignment.back", page.className())),
                    new H1(page.lesson().plan().title()), new Paragraph(getTranslation("assignment.intro", page.className())));
            parts.removeAll();
            RouteParameters id = new RouteParameters(AssignmentPage.ID, String.valueOf(page.id()));
            for (var part : List.<Class<? extends Component>>of(ProgressPart.class, SummaryPart.class, GradingPart.class,
                    SettingsPart.class, DownloadsPart.class)) {
                parts.add(new RouterLink(getTranslation(label(part)), part, id));
            }
        });
    }

    private static String label(Class<? extends Component> part) {
        return part == ProgressPart.class ? "assignment.tab.progress" : part == SummaryPart.class ? "assignment.tab.summary"
                : part == GradingPart.class ? "assignment.tab.grading" : part == SettingsPart.class ? "assignment.tab.settings"
                : "assignment.tab.export";
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String here = event.getLocation().getPath();
        parts.getChildren().forEach(link -> {
            boolean current = ((RouterLink) link).getHref().equals(here);
            if (current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }

    @Override
    public void showRouterLayoutContent(HasElement part) {
        content.getElement().removeAllChildren();
        if (part != null) {
            content.getElement().appendChild(part.getElement());
        }
    }
}
