package org.workingrecord.worksheet.ui;

import java.io.ByteArrayInputStream;

import jakarta.annotation.security.RolesAllowed;

import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.NotYoursException;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.StudentAuthentication;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.classroom.ui.StudentSession;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.worksheet.PaperSize;
import org.workingrecord.worksheet.WorksheetService;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** A student downloads their own completed worksheet, to keep or print. */
@Route(value = Pages.STUDENT_WORKSHEET, layout = MainLayout.class)
@RolesAllowed(StudentAuthentication.ROLE)
class StudentWorksheetView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classroom;
    private final WorksheetService worksheets;
    private final AttemptService attempts;

    StudentWorksheetView(ClassroomService classroom, WorksheetService worksheets, AttemptService attempts) {
        this.classroom = classroom;
        this.worksheets = worksheets;
        this.attempts = attempts;
        setId("main-content");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudentRef student = StudentSession.orJoin(classroom, event).orElse(null);
        if (student == null) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("assignmentId").orElse(""));
            attempts.work(student, id);
        } catch (NumberFormatException | NotYoursException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("work.not-found"));
            return;
        }
        PaperSize paper = PaperSize.forLocale(getLocale());
        Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = worksheets.completedForStudent(student, id, paper);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "my-worksheet-" + id + ".docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes.length);
        }), getTranslation("sheet.download"));
        download.addClassName("button-link");
        removeAll();
        add(new Anchor(Pages.href(Pages.WORK, id), getTranslation("sheet.back")), new H1(getTranslation("sheet.title")),
                new Paragraph(getTranslation("sheet.text")), download);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sheet.title") + " – " + getTranslation("app.name");
    }
}
