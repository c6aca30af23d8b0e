package org.workingrecord.gradebook.ui;

import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.lesson.LessonCatalog;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/** One part of an assignment's pages, shown inside {@link AssignmentLayout} at an address of its own. */
abstract class AssignmentPart extends Section implements BeforeEnterObserver, HasDynamicTitle {

    protected final ClassroomService classroom;
    private final LessonCatalog catalog;
    private final CurrentTeacher current;
    private final String titleKey;
    protected AssignmentPage page;

    AssignmentPart(ClassroomService classroom, LessonCatalog catalog, CurrentTeacher current, String titleKey) {
        this.classroom = classroom;
        this.catalog = catalog;
        this.current = current;
        this.titleKey = titleKey;
        addClassName("assignment-part");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AssignmentPage.of(event, current, classroom, catalog).ifPresent(p -> {
            page = p;
            removeAll();
            build();
        });
    }

    /** Fills the part for {@link #page}. */
    protected abstract void build();

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + (page == null ? "" : page.lesson().plan().title() + " – ") + getTranslation("app.name");
    }
}
