package org.workingrecord.gradebook.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.workingrecord.lti.LtiRoster;
import org.workingrecord.lti.LtiScores;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * For an assignment opened from a learning platform: bringing the class list from the platform's course, and each
 * student's mark on its way to the platform's gradebook (waiting, sent, or not taken and why), with trying again now.
 */
final class PlatformSection extends Section {

    private final Grid<LtiScores.Row> grid = new Grid<>();

    PlatformSection(LtiScores scores, LtiRoster roster, Clock clock, long teacherId, long assignmentId, long classId) {
        addClassName("form-card");
        add(new H2(getTranslation("platform.title")));
        Paragraph status = new Paragraph();
        status.getElement().setAttribute("role", "status");
        if (roster.offered(teacherId, classId)) {
            Button sync = new Button(getTranslation("platform.roster"), e -> {
                LtiRoster.Synced s = roster.sync(teacherId, classId);
                status.setText(s.problem() == null ? getTranslation("platform.roster.done", s.added(), s.known())
                        : getTranslation("platform.roster.failed", s.added(), s.problem()));
            });
            add(new Paragraph(getTranslation("platform.roster.text")), sync);
        }
        if (scores.linked(teacherId, assignmentId)) {
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
            grid.addColumn(LtiScores.Row::student).setHeader(getTranslation("platform.student")).setAutoWidth(true);
            grid.addColumn(r -> getTranslation("platform.status." + r.status().name().toLowerCase(Locale.ROOT)))
                    .setHeader(getTranslation("platform.status")).setAutoWidth(true);
            grid.addColumn(r -> r.fullyGraded() ? getTranslation("platform.mark.graded", Math.round(r.points()), Math.round(r.maxPoints()))
                    : getTranslation("platform.mark.pending")).setHeader(getTranslation("platform.mark")).setAutoWidth(true);
            grid.addColumn(r -> r.lastError() != null ? getTranslation("platform.problem", r.lastError(), r.tries())
                    : r.sentAt() == null ? "" : getTranslation("platform.sent", when.format(r.sentAt().atZone(clock.getZone()))))
                    .setHeader(getTranslation("platform.details")).setFlexGrow(1);
            grid.setAllRowsVisible(true);
            Button retry = new Button(getTranslation("platform.retry"), e -> {
                scores.retry(teacherId, assignmentId);
                status.setText(getTranslation("platform.retry.done"));
                refresh(scores.statuses(teacherId, assignmentId));
            });
            add(new Paragraph(getTranslation("platform.scores.text")), grid, retry);
            refresh(scores.statuses(teacherId, assignmentId));
        }
        add(status);
    }

    private void refresh(List<LtiScores.Row> rows) {
        grid.setItems(rows);
    }
}
