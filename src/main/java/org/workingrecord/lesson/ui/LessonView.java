package org.workingrecord.lesson.ui;

import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A lesson's overview: what it is about, what students will learn, and the way in. */
@Route(value = Pages.LESSON, layout = MainLayout.class)
@AnonymousAllowed
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonCatalog catalog;
    private String title = "";

    LessonView(LessonCatalog catalog) {
        this.catalog = catalog;
        setId("main-content");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("lessonId").orElse("");
        LoadedLesson lesson = catalog.shipped(id).orElse(null);
        if (lesson == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("lesson.not-found", id));
            return;
        }
        removeAll();
        LessonPlan plan = lesson.plan();
        title = plan.title();
        Nav crumbs = Breadcrumbs.of(this, plan, false);
        Span meta = new Span(getTranslation("catalog.meta", plan.level(), plan.durationMinutes()));
        meta.addClassName("lesson-meta");
        add(crumbs, new H1(plan.title()), meta, new Paragraph(plan.summary()));

        add(new H2(getTranslation("lesson.objectives")));
        UnorderedList objectives = new UnorderedList();
        plan.objectives().forEach(o -> objectives.add(new ListItem(o)));
        add(objectives);

        add(new H2(getTranslation("lesson.activities")));
        OrderedList activities = new OrderedList();
        for (Activity a : plan.activities()) {
            activities.add(new ListItem(a.title()));
        }
        add(activities);

        Paragraph next = new Paragraph(getTranslation("lesson.next"));
        next.addClassName("next-step");
        Anchor read = new Anchor(Pages.href(Pages.READER, plan.id()), getTranslation("lesson.read"));
        read.addClassName("button-link");
        add(next, read);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
