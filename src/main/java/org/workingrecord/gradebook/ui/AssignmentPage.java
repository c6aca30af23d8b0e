package org.workingrecord.gradebook.ui;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.workingrecord.shell.Downloads;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LoadedLesson;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/**
 * What every part of an assignment's pages needs: the signed-in teacher, their assignment (another
 * teacher's answers "not found", as a wrong id does), its lesson and its class's name.
 */
record AssignmentPage(TeacherInfo teacher, AssignmentInfo assignment, LoadedLesson lesson, String className) {

    static final String ID = "assignmentId";

    /** The assignment the address names, or empty after sending the browser to "not found". */
    static Optional<AssignmentPage> of(BeforeEnterEvent event, CurrentTeacher current, ClassroomService classroom, LessonCatalog catalog) {
        TeacherInfo teacher = current.require();
        try {
            long id = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
            AssignmentInfo assignment = classroom.assignmentOf(teacher.id(), id);
            LoadedLesson lesson = catalog.lesson(assignment.lessonId()).orElseThrow(() -> new AccessDeniedException("lesson gone"));
            return Optional.of(new AssignmentPage(teacher, assignment, lesson, classroom.classFor(teacher.id(), assignment.classId()).name()));
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, I18NProvider.translate("assignment.not-found"));
            return Optional.empty();
        }
    }

    long id() {
        return assignment.id();
    }

    /** The link to one of this assignment's downloads, a {@link Downloads} path with the assignment's id as its one value. */
    String download(String path) {
        return Downloads.href(path, assignment.id());
    }
}
