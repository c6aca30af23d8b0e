package org.workingrecord.gradebook.ui;


import org.workingrecord.shell.Downloads;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The gradebook (spreadsheet, CSV) and the Word documents for print. */
@Route(value = Pages.ASSIGNMENT_DOWNLOADS, layout = AssignmentLayout.class)
@RolesAllowed("TEACHER")
class DownloadsPart extends AssignmentPart {

    DownloadsPart(ClassroomService classroom, LessonCatalog catalog, CurrentTeacher current) {
        super(classroom, catalog, current, "assignment.tab.export");
    }

    @Override
    protected void build() {
        String lesson = page.assignment().lessonId();
        Div downloads = links(new Anchor(page.download(Downloads.ASSIGNMENT_GRADEBOOK_XLSX), getTranslation("assignment.xlsx")),
                new Anchor(page.download(Downloads.ASSIGNMENT_GRADEBOOK_CSV), getTranslation("assignment.csv")));
        Div documents = links(new Anchor(Downloads.href(Downloads.LESSON_WORKSHEET, lesson), getTranslation("assignment.worksheet")),
                new Anchor(Downloads.href(Downloads.LESSON_ANSWER_KEY, lesson), getTranslation("assignment.key")),
                new Anchor(Downloads.href(Downloads.LESSON_MOODLE_XML, lesson), getTranslation("assignment.moodle")),
                new Anchor(Downloads.href(Downloads.LESSON_QTI_ZIP, lesson), getTranslation("assignment.qti")),
                new Anchor(page.download(Downloads.ASSIGNMENT_CLASS_PACK), getTranslation("assignment.pack")),
                new Anchor(page.download(Downloads.ASSIGNMENT_CLASS_PACK) + "?layout=full", getTranslation("assignment.pack.full")),
                new Anchor(page.download(Downloads.ASSIGNMENT_CLASS_PACK_ZIP), getTranslation("assignment.zip")));
        add(new Paragraph(getTranslation("assignment.export.text")), downloads,
                new H2(getTranslation("assignment.print")), new Paragraph(getTranslation("assignment.print.text")), documents);
    }

    /** Downloads, not pages: the router leaves them to the browser. */
    private static Div links(Anchor... anchors) {
        for (Anchor a : anchors) {
            a.getElement().setAttribute("router-ignore", true);
            a.getElement().setAttribute("download", true);
            a.addClassName("button-link");
        }
        Div row = new Div(anchors);
        row.addClassName("actions");
        return row;
    }
}
