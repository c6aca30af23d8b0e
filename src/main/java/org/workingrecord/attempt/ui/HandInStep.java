package org.workingrecord.attempt.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.Receipt;
import org.workingrecord.attempt.ReviewItem;
import org.workingrecord.attempt.WorkStatus;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The last step of a lesson, written into the page's step area: what is answered and what is still
 * blank, handing in (asked first), then the receipt and, where feedback is due, the review.
 */
final class HandInStep {

    private final WorkView view;
    private final Section area;

    HandInStep(WorkView view, Section area) {
        this.view = view;
        this.area = area;
    }

    void show() {
        area.add(new H2(view.getTranslation("work.handin")));
        if (view.state.status() != WorkStatus.IN_PROGRESS) {
            receipt(view.store().handIn());
            return;
        }
        List<AssignedQuestion> gaps = view.store().gaps();
        int total = view.work.questions().size();
        area.add(new Paragraph(view.getTranslation("work.handin.count", total - gaps.size(), total)));
        if (!gaps.isEmpty()) {
            UnorderedList missing = new UnorderedList();
            gaps.forEach(g -> missing.add(new ListItem(g.title())));
            missing.addClassName("unanswered");
            area.add(new Paragraph(view.getTranslation("work.handin.gaps")), missing);
        }
        area.add(new Paragraph(view.getTranslation("work.handin.final")));
        Button handIn = new Button(view.getTranslation("work.handin.button"), e -> confirm(gaps.size()));
        handIn.addThemeVariants(ButtonVariant.PRIMARY);
        area.add(handIn);
    }

    /**
     * Asks before handing in. With every question answered, "Hand in" is the main button; with
     * questions still blank, the main button (the one Enter presses and the keyboard starts on)
     * goes back to them, and handing in anyway is the second choice.
     */
    private void confirm(int gaps) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(view.getTranslation("work.confirm.title"));
        Runnable handInNow = () -> {
            Receipt receipt = view.store().handIn();
            view.handedIn();
            area.removeAll();
            area.add(new H2(view.getTranslation("work.handin")));
            receipt(receipt);
        };
        if (gaps == 0) {
            dialog.setText(view.getTranslation("work.confirm.complete"));
            dialog.setCancelable(true);
            dialog.setCancelText(view.getTranslation("work.confirm.cancel"));
            dialog.setConfirmText(view.getTranslation("work.confirm.ok"));
            dialog.addConfirmListener(e -> handInNow.run());
        } else {
            dialog.setText(view.getTranslation("work.confirm.gaps", gaps));
            dialog.setConfirmText(view.getTranslation("work.confirm.back"));
            dialog.setRejectable(true);
            dialog.setRejectText(view.getTranslation("work.confirm.anyway"));
            dialog.addRejectListener(e -> handInNow.run());
        }
        dialog.open();
    }

    private void receipt(Receipt receipt) {
        Div card = new Div(new Paragraph(view.getTranslation("work.receipt", view.time(receipt.submittedAt()),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(view.locale())
                        .format(receipt.submittedAt().atZone(view.clock.getZone())), receipt.answered(), receipt.total())));
        card.addClassName("receipt");
        card.getElement().setAttribute("role", "status");
        Button print = new Button(view.getTranslation("work.receipt.print"),
                e -> view.getElement().executeJs("window.print()"));
        area.add(card, print);
        if (view.store().offersWorksheet()) {
            area.add(new Paragraph(new Anchor(Pages.href(Pages.STUDENT_WORKSHEET, view.work.assignment().id()),
                    view.getTranslation("work.receipt.worksheet"))));
        }
        List<ReviewItem> review = view.store().review();
        if (review.isEmpty()) {
            area.add(new Paragraph(view.getTranslation("work.review.none")));
            return;
        }
        area.add(new H2(view.getTranslation("work.review")));
        int n = 0;
        for (ReviewItem item : review) {
            Section s = new Section();
            s.addClassName("review-item");
            s.add(new Paragraph(view.getTranslation("work.review.item", ++n, item.question().title())));
            if (item.answer() == null) {
                s.add(new Paragraph(view.getTranslation("work.review.unanswered")));
            }
            s.add(new FeedbackList(item.score(), view.panel()));
            if (item.teacherPoints() != null) {
                s.add(new Paragraph(view.getTranslation("work.review.teacher", item.teacherPoints(), item.score().max(),
                        item.teacherComment() == null ? "" : item.teacherComment())));
            }
            area.add(s);
        }
        view.panel().highlight(List.of());
    }
}
