package org.workingrecord.authoring.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.authoring.SourceAuthoring;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The records a teacher has brought, and those other teachers share; the way to bring a new one. */
@Route(value = Pages.SOURCES, layout = MainLayout.class)
@RolesAllowed("TEACHER")
class SourcesView extends Main implements HasDynamicTitle {

    SourcesView(SourceAuthoring authoring, CurrentTeacher current, Clock clock) {
        setId("main-content");
        addClassName("page");
        TeacherInfo teacher = current.require();
        Anchor bring = new Anchor(Pages.NEW_SOURCE, getTranslation("sources.bring"));
        bring.addClassName("button-link");
        add(new Anchor(Pages.TEACH, getTranslation("class.back")), new H1(getTranslation("sources.title")),
                new Paragraph(getTranslation("sources.intro")), new Div(bring));
        Div list = new Div();
        list.addClassName("work-list");
        var visible = authoring.visibleTo(teacher.id());
        if (visible.isEmpty()) {
            list.add(new Paragraph(getTranslation("sources.none")));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(clock.getZone());
        for (SourceAuthoring.SourceSummary s : visible) {
            Span whose = new Span(" · " + getTranslation(s.mine() ? (s.shared() ? "sources.mine.shared" : "sources.mine")
                    : "sources.theirs") + " · " + getTranslation("sources.updated", dates.format(s.updatedAt())));
            list.add(new Paragraph(new Anchor(Pages.href(Pages.SOURCE, s.id()), s.title()), whose));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sources.title") + " – " + getTranslation("app.name");
    }
}
