package org.workingrecord.lesson.ui;

import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The list of lessons: where everyone starts. */
@Route(value = Pages.CATALOG, layout = MainLayout.class)
@AnonymousAllowed
class CatalogView extends Main implements HasDynamicTitle {

    CatalogView(LessonCatalog catalog) {
        setId("main-content");
        addClassName("page");
        add(new H1(getTranslation("catalog.title")), new Paragraph(getTranslation("catalog.intro")));
        Div cards = new Div();
        cards.addClassName("lesson-cards");
        for (var lesson : catalog.lessons()) {
            cards.add(card(lesson.plan()));
        }
        if (catalog.lessons().isEmpty()) {
            cards.add(new Paragraph(getTranslation("catalog.empty")));
        }
        add(cards);
    }

    private Div card(LessonPlan plan) {
        Div card = new Div();
        card.addClassName("lesson-card");
        H2 title = new H2(plan.title());
        Span meta = new Span(getTranslation("catalog.meta", plan.level(), plan.durationMinutes()));
        meta.addClassName("lesson-meta");
        Anchor open = new Anchor(Pages.href(Pages.LESSON, plan.id()), getTranslation("catalog.open"));
        open.getElement().setAttribute("aria-label", getTranslation("catalog.open.label", plan.title()));
        open.addClassName("button-link");
        Anchor read = new Anchor(Pages.href(Pages.READER, plan.id()), getTranslation("catalog.read"));
        read.getElement().setAttribute("aria-label", getTranslation("catalog.read.label", plan.title()));
        read.addClassNames("button-link", "secondary");
        Div actions = new Div(open, read);
        actions.addClassName("actions");
        card.add(title, meta, new Paragraph(plan.summary()), actions);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title") + " – " + getTranslation("app.name");
    }
}
