package org.workingrecord.classroom.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.Codes;
import org.workingrecord.classroom.StudentInfo;
import org.workingrecord.classroom.StudentProgress;
import org.workingrecord.shell.Downloads;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * The class's students: name, when they joined, how far they are, a new resume code for one who lost
 * theirs (shown once), and removing one (asked first). {@code changed} runs after a student is removed.
 */
final class RosterSection extends Section {

    RosterSection(ClassroomService classroom, StudentProgress progress, Clock clock, long teacherId, long classId, Runnable changed) {
        List<StudentInfo> roster = classroom.roster(teacherId, classId);
        add(new H2(getTranslation("class.roster", roster.size())));
        if (!roster.isEmpty()) {
            add(new Paragraph(new Anchor(Pages.href(Pages.LOGIN_CARDS, classId), getTranslation("class.cards"))));
        }
        if (roster.isEmpty()) {
            add(new Paragraph(getTranslation("class.roster.none")));
            return;
        }
        Grid<StudentInfo> grid = new Grid<>();
        grid.addColumn(StudentInfo::displayName).setHeader(getTranslation("class.roster.name")).setSortable(true);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(st -> dates.format(st.joinedAt().atZone(clock.getZone())))
                .setHeader(getTranslation("class.roster.joined"));
        var progressById = progress.forClass(teacherId, classId);
        grid.addColumn(st -> {
            StudentProgress.Progress p = progressById.get(st.id());
            return p == null ? "" : getTranslation("class.roster.progress.value", p.handedIn(), p.started(), p.assigned());
        }).setHeader(getTranslation("class.roster.progress"));
        grid.addComponentColumn(st -> {
            Button reset = new Button(getTranslation("class.roster.reset"), e -> {
                String code = classroom.resetResumeCode(teacherId, st.id());
                ConfirmDialog shown = new ConfirmDialog(getTranslation("class.roster.newcode", st.displayName()),
                        getTranslation("class.roster.newcode.text", Codes.display(code)), getTranslation("class.ok"), x -> { });
                shown.open();
            });
            reset.setAriaLabel(getTranslation("class.roster.reset") + ": " + st.displayName());
            Button remove = new Button(getTranslation("class.roster.remove"), e -> Confirm.ask(
                    getTranslation("class.roster.remove.confirm", st.displayName()), () -> {
                        classroom.removeStudent(teacherId, st.id());
                        changed.run();
                    }));
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("class.roster.remove") + ": " + st.displayName());
            Anchor data = new Anchor(Downloads.href(Downloads.STUDENT_DATA_CSV, classId, st.id()), getTranslation("class.roster.data"));
            data.getElement().setAttribute("download", true);
            data.getElement().setAttribute("router-ignore", true);
            data.setAriaLabel(getTranslation("class.roster.data") + ": " + st.displayName());
            return new Div(reset, remove, data);
        }).setHeader(getTranslation("class.roster.actions")).setAutoWidth(true);
        grid.setItems(roster);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
