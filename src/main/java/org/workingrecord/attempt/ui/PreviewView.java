package org.workingrecord.attempt.ui;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.AttemptState;
import org.workingrecord.attempt.WorkStatus;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.shell.MainLayout;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A teacher tries a lesson exactly as a student sees it: the same pages and feedback, with
 * answers kept only in this page, so nothing reaches any class. A teacher's lesson is previewed by its
 * versioned key ("council-vote@2"), by its owner, or by any teacher once it is shared.
 */
@Route(value = Pages.PREVIEW, layout = MainLayout.class)
@RolesAllowed("TEACHER")
class PreviewView extends WorkView {

    private final LessonCatalog catalog;
    private final CurrentTeacher current;

    PreviewView(AttemptService attempts, Clock clock, LessonCatalog catalog, CurrentTeacher current) {
        super(attempts, clock);
        this.catalog = catalog;
        this.current = current;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a teacher's lesson only for its owner, or when shared: another's private draft is not found
        // the key of a teacher's lesson comes as written in its link ("council-vote%403")
        String id = URLDecoder.decode(event.getRouteParameters().get("lessonId").orElse(""), StandardCharsets.UTF_8);
        LoadedLesson lesson = catalog.lessonFor(current.require().id(), id).orElse(null);
        if (lesson == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("lesson.not-found", ""));
            return;
        }
        FeedbackMode mode = event.getLocation().getQueryParameters().getSingleParameter("mode")
                .filter("after"::equals).map(m -> FeedbackMode.AFTER_SUBMISSION).orElse(FeedbackMode.IMMEDIATE);
        List<String> all = lesson.plan().activities().stream().map(a -> a.id()).toList();
        AssignmentInfo pretend = new AssignmentInfo(0, 0, lesson.plan().id(), null, mode, all, false);
        work = new AttemptService.Work(pretend, lesson, AssignedQuestion.all(lesson, pretend));
        state = new AttemptState(WorkStatus.IN_PROGRESS, null, false, Map.of(), 0, 0);
        store = new PreviewStore(work, clock);
        build();
        Paragraph note = new Paragraph(getTranslation("preview.note"));
        note.addClassName("next-step");
        addComponentAtIndex(1, note);
    }
}
