package org.workingrecord.lesson.ui;

import jakarta.annotation.security.RolesAllowed;

import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.Problem;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** For teachers who write lessons: which lesson files did not load, and what to fix. */
@Route(value = Pages.LESSON_CHECK, layout = MainLayout.class)
@RolesAllowed("TEACHER")
class LessonCheckView extends Main implements HasDynamicTitle {

    LessonCheckView(LessonCatalog catalog) {
        setId("main-content");
        addClassName("page");
        add(new H1(getTranslation("check.title")));
        add(new Paragraph(getTranslation("check.summary", catalog.lessons().size(), catalog.problems().size(),
                catalog.folder().toAbsolutePath().toString())));
        if (catalog.problems().isEmpty()) {
            add(new Paragraph(getTranslation("check.none")));
        } else {
            add(new Paragraph(getTranslation("check.how")));
            UnorderedList list = new UnorderedList();
            list.addClassName("problems");
            for (Problem p : catalog.problems()) {
                list.add(new ListItem(new Code(p.toString())));
            }
            add(list);
        }
        add(new Paragraph(getTranslation("check.cli")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("check.title") + " – " + getTranslation("app.name");
    }
}
