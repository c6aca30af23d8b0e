package org.workingrecord.gradebook.ui;

import java.util.Locale;

import org.workingrecord.attempt.LessonVersions;
import org.workingrecord.attempt.VersionChanges;
import org.workingrecord.lesson.TeacherLessons;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * When the teacher's lesson has a newer published version than the class has: what changed, in the lesson's
 * words, and a way to give the class the new version when every answer already given still fits it; or why
 * it does not.
 */
final class VersionSection extends Section {

    VersionSection(LessonVersions.Offer offer, LessonVersions versions, long teacherId) {
        addClassName("form-card");
        String now = version(offer.current().plan().id());
        String next = version(offer.newer().plan().id());
        UnorderedList changes = new UnorderedList();
        offer.changes().forEach(c -> changes.add(new ListItem(words(c))));
        if (offer.changes().isEmpty()) {
            changes.add(new ListItem(getTranslation("assignment.version.no-change")));
        }
        add(new H2(getTranslation("assignment.version.heading")), new Paragraph(getTranslation("assignment.version.intro", next, now)),
                changes);
        if (!offer.canMove()) {
            UnorderedList why = new UnorderedList();
            offer.blockers().forEach(b -> why.add(new ListItem(getTranslation("assignment.version.blocker." + name(b.reason()),
                    b.where()))));
            add(new Paragraph(getTranslation("assignment.version.blocked", next)), why);
            return;
        }
        Paragraph done = new Paragraph();
        done.getElement().setAttribute("role", "status");
        Button move = new Button(getTranslation("assignment.version.move", next), e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("assignment.version.move", next));
            dialog.setText(getTranslation("assignment.version.confirm"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("work.confirm.cancel"));
            dialog.setConfirmText(getTranslation("assignment.version.move", next));
            dialog.addConfirmListener(x -> {
                boolean moved = versions.move(teacherId, offer.assignment().id(), offer.newer().plan().id());
                done.setText(getTranslation(moved ? "assignment.version.moved" : "assignment.version.not-moved", next));
                if (moved) {
                    getUI().ifPresent(ui -> ui.navigate(Pages.href(Pages.ASSIGNMENT_SETTINGS, offer.assignment().id())));
                }
            });
            dialog.open();
        });
        move.addThemeVariants(ButtonVariant.PRIMARY);
        add(new Paragraph(getTranslation("assignment.version.can-move")), move, done);
    }

    private String words(VersionChanges.Change c) {
        return getTranslation("assignment.version.change." + name(c.kind()), c.where(), c.before(), c.after());
    }

    /** An enum constant as the end of a translation key: ANSWERED_REMOVED is "answered-removed". */
    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String version(String key) {
        return key.substring(key.lastIndexOf(TeacherLessons.VERSION_MARK) + 1);
    }
}
