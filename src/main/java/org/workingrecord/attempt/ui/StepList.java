package org.workingrecord.attempt.ui;

import java.util.List;
import java.util.function.IntConsumer;

import org.workingrecord.shell.Html;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * Where the student is in the lesson: "Step 2 of 4: ..." with a progress bar, and the steps as a list of
 * buttons (plain HTML with one click listener for all, so a page of many steps costs one element).
 */
final class StepList {

    /** Which step button was clicked, as the browser reports it. */
    static final String STEP = "event.target.closest('[data-step]') ? +event.target.closest('[data-step]').dataset.step : -1";

    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div progressBox = new Div(progressText, progress);
    private final Nav nav = new Nav();

    StepList(IntConsumer chosen) {
        progress.setMin(0);
        progress.setMax(1);
        progress.getElement().setAttribute("aria-labelledby", "progress-text");
        progressText.setId("progress-text");
        progressBox.addClassName("progress-box");
        nav.addClassName("step-nav");
        nav.getElement().setAttribute("aria-label", nav.getTranslation("work.steps"));
        nav.getElement().addEventListener("click", e -> chosen.accept(e.getEventData().path(STEP).asInt(-1)))
                .addEventData(STEP).setFilter("event.target.closest('[data-step]') !== null");
    }

    Component progress() {
        return progressBox;
    }

    Component nav() {
        return nav;
    }

    /** Shows {@code names} (the activities, then hand-in) with {@code current} marked. */
    void show(List<String> names, int current) {
        progress.setValue(names.size() < 2 ? 1 : (double) current / (names.size() - 1));
        progressText.setText(nav.getTranslation("work.progress", current + 1, names.size(), names.get(current)));
        StringBuilder html = new StringBuilder("<ol>");
        for (int i = 0; i < names.size(); i++) {
            html.append("<li><button type=\"button\" data-step=\"").append(i).append('"')
                    .append(i == current ? " class=\"current\" aria-current=\"step\"" : "").append('>')
                    .append(Html.esc(names.get(i))).append("</button></li>");
        }
        nav.getElement().setProperty("innerHTML", html.append("</ol>").toString());
    }

    /** Focus on a heading (made focusable by script only, not by Tab). */
    static void focus(Component heading) {
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().executeJs("this.focus()");
    }
}
