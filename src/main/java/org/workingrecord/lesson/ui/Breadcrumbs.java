package org.workingrecord.lesson.ui;

import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

/** "Lessons › lesson › the source": every page says where you are. */
final class Breadcrumbs {

    private Breadcrumbs() {
    }

    static Nav of(Component page, LessonPlan plan, boolean inReader) {
        OrderedList list = new OrderedList();
        list.add(new ListItem(new Anchor(Pages.CATALOG, page.getTranslation("nav.lessons"))));
        if (inReader) {
            list.add(new ListItem(new Anchor(Pages.href(Pages.LESSON, plan.id()), plan.title())));
            Span here = new Span(page.getTranslation("reader.crumb"));
            here.getElement().setAttribute("aria-current", "page");
            list.add(new ListItem(here));
        } else {
            Span here = new Span(plan.title());
            here.getElement().setAttribute("aria-current", "page");
            list.add(new ListItem(here));
        }
        Nav nav = new Nav(list);
        nav.addClassName("breadcrumbs");
        nav.getElement().setAttribute("aria-label", page.getTranslation("shell.breadcrumbs"));
        return nav;
    }
}
