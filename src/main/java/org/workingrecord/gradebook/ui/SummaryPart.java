package org.workingrecord.gradebook.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.workingrecord.account.ui.CurrentTeacher;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.LiveProgress;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.gradebook.ClassSummary;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.Question;
import org.workingrecord.shell.Html;
import org.workingrecord.shell.Pages;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * What the class answered: the positions grid as the class filled it in, and each question's
 * share of right answers with the most common wrong ones. Computed only while this part is open,
 * and again as answers arrive.
 */
@Route(value = Pages.ASSIGNMENT_SUMMARY, layout = AssignmentLayout.class)
@RolesAllowed("TEACHER")
class SummaryPart extends LivePart {

    private final AttemptService attempts;
    private final Div summary = new Div();

    SummaryPart(ClassroomService classroom, LessonCatalog catalog, CurrentTeacher current, AttemptService attempts, LiveProgress live,
                Clock clock) {
        super(classroom, catalog, current, "assignment.tab.summary", live, clock);
        this.attempts = attempts;
    }

    @Override
    protected void build() {
        add(updated, summary);
        showSummary(ClassSummary.of(attempts.results(page.teacher().id(), page.id())));
        stamp();
        follow();
    }

    private void showSummary(ClassSummary s) {
        summary.removeAll();
        LessonPlan plan = page.lesson().plan();
        for (ClassSummary.GridSummary grid : s.grids()) {
            summary.add(new H2(getTranslation("summary.grid")), new Paragraph(getTranslation("summary.grid.how")));
            Div scroller = new Div(new com.vaadin.flow.component.Html(classGrid(plan, grid)));
            scroller.addClassName("grid-scroller");
            // on a tablet or a phone the grid scrolls sideways: a region the keyboard can reach and scroll
            scroller.getElement().setAttribute("tabindex", "0");
            scroller.getElement().setAttribute("role", "region");
            scroller.getElement().setAttribute("aria-label", getTranslation("summary.grid"));
            summary.add(scroller);
        }
        summary.add(new H2(getTranslation("summary.questions")));
        UnorderedList list = new UnorderedList();
        for (ClassSummary.QuestionSummary q : s.questions()) {
            if (q.question().question() instanceof Question.Open) {
                continue;
            }
            String text = q.answered() == 0 ? getTranslation("summary.question.none", q.question().title())
                    : getTranslation("summary.question", q.question().title(), q.correct(), q.answered(), q.percentCorrect());
            ListItem item = new ListItem(text);
            if (!q.commonWrong().isEmpty()) {
                item.add(new Span(" " + getTranslation("summary.wrong", String.join("; ",
                        q.commonWrong().stream().map(c -> c.label() + " (" + c.count() + ")").toList()))));
            }
            list.add(item);
        }
        summary.add(list);
    }

    /**
     * The positions grid as the class answered it: speakers by topics, as the students saw it, each
     * cell with how many chose each stance as a bar, the lesson's answer (and any other defensible
     * reading) marked in words, and cells where fewer than half chose a defensible reading flagged
     * for discussion. One piece of HTML, readable on a projector.
     */
    static String classGrid(LessonPlan plan, ClassSummary.GridSummary grid) {
        List<String> speakers = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        grid.cells().forEach(c -> {
            if (!speakers.contains(c.speaker())) {
                speakers.add(c.speaker());
            }
            if (!topics.contains(c.topic())) {
                topics.add(c.topic());
            }
        });
        StringBuilder b = new StringBuilder("<table class=\"class-grid\"><thead><tr><th scope=\"col\">")
                .append(Html.esc(I18NProvider.translate("work.grid.speaker"))).append("</th>");
        for (String topic : topics) {
            b.append("<th scope=\"col\">").append(Html.esc(plan.topicTitle(topic))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (String speaker : speakers) {
            b.append("<tr><th scope=\"row\">").append(Html.esc(
                    plan.speaker(speaker).map(LessonPlan.Speaker::name).orElse(speaker))).append("</th>");
            for (String topic : topics) {
                ClassSummary.Cell cell = grid.cells().stream().filter(c -> c.speaker().equals(speaker) && c.topic().equals(topic))
                        .findFirst().orElse(null);
                if (cell == null) {
                    b.append("<td></td>");
                    continue;
                }
                // a reading the lesson accepts: its answer, or one of the others a careful reader may defend
                Predicate<String> defensible = st -> st.equals(cell.keyStance())
                        || plan.position(speaker, topic).map(p -> p.accepts(st)).orElse(false);
                int total = cell.total();
                int right = cell.chosen().entrySet().stream().filter(e -> defensible.test(e.getKey())).mapToInt(Map.Entry::getValue).sum();
                boolean discuss = total > 0 && right * 2 < total;
                b.append("<td").append(discuss ? " class=\"discuss\"" : "").append(">");
                if (discuss) {
                    b.append("<p class=\"discuss-flag\">").append(Html.esc(I18NProvider.translate("summary.discuss")))
                            .append("</p>");
                }
                b.append("<ul class=\"dist\">");
                for (LessonPlan.Stance st : plan.stances()) {
                    int n = cell.chosen().getOrDefault(st.id(), 0);
                    String mark = st.id().equals(cell.keyStance()) ? I18NProvider.translate("summary.mark.key")
                            : defensible.test(st.id()) ? I18NProvider.translate("summary.mark.also") : "";
                    int percent = total == 0 ? 0 : Math.round(100f * n / total);
                    b.append("<li").append(mark.isEmpty() ? "" : " class=\"defensible\"").append("><span class=\"dist-label\">")
                            .append(Html.esc(st.label()));
                    if (!mark.isEmpty()) {
                        b.append(" <strong>").append(Html.esc(mark)).append("</strong>");
                    }
                    // spaces between the parts, so a screen reader says "Mixed answer 3", not "Mixed answer3"
                    b.append("</span> <span class=\"dist-bar\" aria-hidden=\"true\"><span style=\"width:").append(percent)
                            .append("%\"></span></span> <span class=\"dist-n\">").append(n).append("</span></li>");
                }
                b.append("</ul></td>");
            }
            b.append("</tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    /** The whole summary again, computed on the delivery thread. */
    @Override
    protected Runnable read(LiveProgress.Changes changes) {
        ClassSummary fresh = ClassSummary.of(attempts.results(page.teacher().id(), page.id()));
        return () -> showSummary(fresh);
    }
}
