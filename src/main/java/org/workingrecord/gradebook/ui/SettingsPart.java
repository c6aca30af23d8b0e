package org.workingrecord.gradebook.ui;

import java.time.Clock;
import java.util.Locale;

import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.attempt.LessonVersions;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lti.LtiRoster;
import org.workingrecord.lti.LtiScores;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The assignment's due date and feedback mode, withdrawing it, a newer version of a teacher's lesson, and for a lesson
 * opened from a learning platform, its class list and the marks sent to its gradebook.
 */
@Route(value = Pages.ASSIGNMENT_SETTINGS, layout = AssignmentLayout.class)
@RolesAllowed("TEACHER")
class SettingsPart extends AssignmentPart {

    private final LessonVersions versions;
    private final LtiScores scores;
    private final LtiRoster roster;
    private final Clock clock;

    SettingsPart(ClassroomService classroom, LessonCatalog catalog, CurrentTeacher current, LessonVersions versions, LtiScores scores,
                 LtiRoster roster, Clock clock) {
        super(classroom, catalog, current, "assignment.tab.settings");
        this.versions = versions;
        this.scores = scores;
        this.roster = roster;
        this.clock = clock;
    }

    /** Change the due date or the feedback mode, or withdraw the assignment. */
    @Override
    protected void build() {
        var assignment = page.assignment();
        DatePicker due = new DatePicker(getTranslation("assign.due"));
        due.setValue(assignment.dueDate());
        RadioButtonGroup<FeedbackMode> mode = new RadioButtonGroup<>(getTranslation("assign.mode"));
        mode.setItems(FeedbackMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("assign.mode." + m.name().toLowerCase(Locale.ROOT)));
        mode.setValue(assignment.feedbackMode());
        Paragraph saved = new Paragraph();
        saved.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("assignment.settings.save"), e -> {
            classroom.updateAssignment(page.teacher().id(), page.id(), due.getValue(), mode.getValue());
            saved.setText(getTranslation("assignment.settings.saved"));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button withdraw = new Button(getTranslation("assignment.withdraw"), e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("class.sure"));
            dialog.setText(getTranslation("assignment.withdraw.confirm"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("work.confirm.cancel"));
            dialog.setConfirmText(getTranslation("class.yes"));
            dialog.addConfirmListener(x -> {
                classroom.withdraw(page.teacher().id(), page.id());
                getUI().ifPresent(ui -> ui.navigate(Pages.href(Pages.CLASS, assignment.classId())));
            });
            dialog.open();
        });
        withdraw.addThemeVariants(ButtonVariant.ERROR);
        Section s = new Section(due, mode, save, saved, new Paragraph(getTranslation("assignment.withdraw.text")), withdraw);
        s.addClassName("form-card");
        // a teacher's lesson with a newer published version: what changed, and moving the class to it, first
        versions.newer(page.teacher().id(), page.id()).ifPresent(offer -> add(new VersionSection(offer, versions, page.teacher().id())));
        add(s);
        // opened from a learning platform: its class list, and the marks on their way to its gradebook
        if (scores.linked(page.teacher().id(), page.id()) || roster.offered(page.teacher().id(), assignment.classId())) {
            add(new PlatformSection(scores, roster, clock, page.teacher().id(), page.id(), assignment.classId()));
        }
    }

}
