package org.workingrecord.gradebook.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.attempt.LiveProgress;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.lesson.LessonCatalog;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Span;

/**
 * A part of an assignment's pages that follows the class live while it is open: it subscribes to
 * the assignment's progress when attached (and for each assignment it is shown for), reads what
 * changed on the delivery thread, never in a student's request, and pushes only the result to the
 * page; "Up to date at ..." says when it last did.
 */
abstract class LivePart extends AssignmentPart {

    private final LiveProgress live;
    protected final Clock clock;
    protected final Span updated = new Span();
    private LiveProgress.Subscription subscription;

    LivePart(ClassroomService classroom, LessonCatalog catalog, CurrentTeacher current, String titleKey, LiveProgress live, Clock clock) {
        super(classroom, catalog, current, titleKey);
        this.live = live;
        this.clock = clock;
        updated.addClassName("updated");
        updated.getElement().setAttribute("aria-live", "polite");
    }

    /**
     * On a delivery thread: reads what the changes call for and returns how to show it, which then
     * runs on the page (inside {@code UI.access}).
     */
    protected abstract Runnable read(LiveProgress.Changes changes);

    /** Starts following {@link #page}'s assignment (again, when the page is reused for another). */
    protected void follow() {
        stop();
        subscribe();
    }

    protected void stamp() {
        updated.setText(getTranslation("assignment.updated",
                DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(getLocale()).format(clock.instant().atZone(clock.getZone()))));
    }

    private boolean deliver(UI ui, LiveProgress.Changes changes) {
        if (ui.isClosing() || !ui.isAttached()) {
            return false;
        }
        Runnable show = read(changes);
        try {
            ui.access(() -> {
                show.run();
                stamp();
            });
            return true;
        } catch (UIDetachedException gone) {
            return false;
        }
    }

    private void subscribe() {
        if (subscription == null && page != null) {
            getUI().ifPresent(ui -> subscription = live.subscribe(page.id(), changes -> deliver(ui, changes)));
        }
    }

    private void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscribe();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stop();
    }
}
