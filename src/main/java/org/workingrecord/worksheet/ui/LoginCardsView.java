package org.workingrecord.worksheet.ui;

import java.io.ByteArrayInputStream;

import org.springframework.security.access.AccessDeniedException;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
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

import jakarta.annotation.security.RolesAllowed;

/** Login cards to cut out: printing them gives every student of the class a new resume code. */
@Route(value = Pages.LOGIN_CARDS, layout = MainLayout.class)
@RolesAllowed("TEACHER")
class LoginCardsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classroom;
    private final WorksheetService worksheets;
    private final CurrentTeacher current;

    LoginCardsView(ClassroomService classroom, WorksheetService worksheets, CurrentTeacher current) {
        this.classroom = classroom;
        this.worksheets = worksheets;
        this.current = current;
        setId("main-content");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long teacherId = current.require().id();
        ClassInfo c;
        try {
            c = classroom.classFor(teacherId, Long.parseLong(event.getRouteParameters().get("classId").orElse("")));
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("class.not-found"));
            return;
        }
        PaperSize paper = PaperSize.forLocale(getLocale());
        Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = worksheets.loginCards(teacherId, c.id(), paper);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "login-cards-" + c.id() + ".docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes.length);
        }), getTranslation("cards.download"));
        download.addClassName("button-link");
        removeAll();
        add(new Anchor(Pages.href(Pages.CLASS, c.id()), getTranslation("assignment.back", c.name())), new H1(getTranslation("cards.title")),
                new Paragraph(getTranslation("cards.warning")), download);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cards.title") + " – " + getTranslation("app.name");
    }
}
