package org.workingrecord.gradebook.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.workingrecord.shell.Downloads;
import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.LiveProgress;
import org.workingrecord.attempt.ProgressRow;
import org.workingrecord.attempt.WorkStatus;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Live progress: a row per student, updated as they answer, without the teacher reloading. */
@Route(value = Pages.ASSIGNMENT, layout = AssignmentLayout.class)
@RolesAllowed("TEACHER")
class ProgressPart extends LivePart {

    private final AttemptService attempts;
    private final Grid<ProgressRow> progress = new Grid<>();
    private final List<ProgressRow> rows = new ArrayList<>();
    private GridListDataView<ProgressRow> rowView;

    ProgressPart(ClassroomService classroom, LessonCatalog catalog, CurrentTeacher current, AttemptService attempts, LiveProgress live,
                 Clock clock) {
        super(classroom, catalog, current, "assignment.tab.progress", live, clock);
        this.attempts = attempts;
        // long step titles ("Where does each speaker stand?") wrap instead of ending in "Where does e…"
        progress.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
    }

    @Override
    protected void build() {
        long assignmentId = page.id();
        progress.removeAllColumns();
        progress.addColumn(r -> r.student().displayName()).setHeader(getTranslation("assignment.col.student"))
                .setSortable(true).setAutoWidth(true);
        progress.addColumn(r -> getTranslation("status." + r.status().name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .setHeader(getTranslation("assignment.col.status")).setSortable(true).setAutoWidth(true);
        progress.addColumn(r -> r.answered() + " / " + r.total()).setHeader(getTranslation("assignment.col.answered"));
        // one column per step, so the teacher sees who is still on the reading and who reached the questions
        for (Activity activity : page.lesson().plan().activities()) {
            if (!page.assignment().activityIds().contains(activity.id())) {
                continue;
            }
            long inStep = switch (activity) {
                case Activity.GuidedReading r -> r.steps().size();
                case Activity.QuestionSet q -> q.questions().size();
            };
            progress.addColumn(r -> r.scores().keySet().stream().filter(k -> k.startsWith(activity.id() + "/")).count()
                    + " / " + inStep).setHeader(activity.title());
        }
        progress.addColumn(r -> r.points() + " / " + r.max()).setHeader(getTranslation("assignment.col.score"));
        progress.addColumn(r -> r.toGrade() == 0 ? "" : String.valueOf(r.toGrade())).setHeader(getTranslation("assignment.col.tograde"));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        progress.addColumn(r -> r.lastSaved() == null ? "" : time.format(r.lastSaved().atZone(clock.getZone())))
                .setHeader(getTranslation("assignment.col.last"));
        // client-side templates, not a server component per row: a class of 35 (or 300) costs two columns, not 600 components
        progress.addColumn(LitRenderer.<ProgressRow>of(
                        "<a href=${item.href} download router-ignore aria-label=${item.label}>${item.text}</a>")
                .withProperty("href", r -> Downloads.href(Downloads.STUDENT_WORKSHEET, page.id(), r.student().id()))
                .withProperty("label", r -> getTranslation("assignment.student.sheet") + ": " + r.student().displayName())
                .withProperty("text", r -> getTranslation("assignment.student.sheet")))
                .setHeader(getTranslation("assignment.col.sheet")).setAutoWidth(true).setFlexGrow(0);
        progress.addColumn(LitRenderer.<ProgressRow>of(
                        "<vaadin-button ?hidden=${!item.reopenable} aria-label=${item.label} @click=${reopen}>${item.text}</vaadin-button>")
                .withProperty("reopenable", r -> r.status() != WorkStatus.NOT_STARTED && r.status() != WorkStatus.IN_PROGRESS)
                .withProperty("label", r -> getTranslation("assignment.reopen") + ": " + r.student().displayName())
                .withProperty("text", r -> getTranslation("assignment.reopen"))
                .withFunction("reopen", r -> {
                    attempts.reopen(page.teacher().id(), assignmentId, r.student().id());
                    refresh();
                }))
                .setHeader(getTranslation("class.roster.actions")).setAutoWidth(true).setFlexGrow(0);
        rowView = progress.setItems(rows);
        rowView.setIdentifierProvider(r -> r.student().id());
        add(updated, progress);
        refresh();
        follow();
    }

    /** The whole class again, after the teacher's own action. */
    private void refresh() {
        rows.clear();
        rows.addAll(attempts.progress(page.teacher().id(), page.id()));
        rowView.refreshAll();
        sizeGrid();
        stamp();
    }

    /** A class fits on screen at once; a very large roster scrolls, with rows sent as the teacher scrolls. */
    private void sizeGrid() {
        boolean all = rows.size() <= 60;
        progress.setAllRowsVisible(all);
        progress.setHeight(all ? null : "min(70vh, 40rem)");
    }


    /** Rows that changed, replaced in place: the grid sends only those rows to the browser. */
    private void apply(List<ProgressRow> changed) {
        boolean added = false;
        for (ProgressRow row : changed) {
            int at = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).student().id() == row.student().id()) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                rows.add(row);
                added = true;
            } else {
                rows.set(at, row);
                rowView.refreshItem(row);
            }
        }
        if (added) {
            rowView.refreshAll();
            sizeGrid();
        }
    }

    /** Only the changed students' rows, read on the delivery thread. */
    @Override
    protected Runnable read(LiveProgress.Changes changes) {
        long teacherId = page.teacher().id();
        List<ProgressRow> changed = changes.wholeClass() ? attempts.progress(teacherId, page.id())
                : attempts.progress(teacherId, page.id(), changes.students());
        return () -> apply(changed);
    }
}
