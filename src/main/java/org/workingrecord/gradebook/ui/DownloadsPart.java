package org.workingrecord.gradebook.ui;

import java.util.List;

import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.lesson.LessonCatalog;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The gradebook (spreadsheet, CSV) and the Word documents for print. */
@Route(value = "teach/assignments/:assignmentId/downloads", layout = AssignmentLayout.class)
@RolesAllowed("TEACHER")
class DownloadsPart extends AssignmentPart {

    DownloadsPart(ClassroomService classroom, LessonCatalog catalog, CurrentTeacher current) {
        super(classroom, catalog, current, "assignment.tab.export");
    }

    @Override
    protected void build() {
        String lessonPath = "teach/lessons/" + page.assignment().lessonId();
        Div downloads = links(new Anchor(page.download("gradebook.xlsx"), getTranslation("assignment.xlsx")),
                new Anchor(page.download("gradebook.csv"), getTranslation("assignment.csv")));
        Div documents = links(new Anchor(lessonPath + "/worksheet.docx", getTranslation("assignment.worksheet")),
                new Anchor(lessonPath + "/answer-key.docx", getTranslation("assignment.key")),
                new Anchor(page.download("class-pack.docx"), getTranslation("assignment.pack")),
                new Anchor(page.download("class-pack.docx?layout=full"), getTranslation("assignment.pack.full")),
                new Anchor(page.download("class-pack.zip"), getTranslation("assignment.zip")));
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
