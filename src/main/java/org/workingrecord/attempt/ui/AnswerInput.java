package org.workingrecord.attempt.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.workingrecord.grading.Answer;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;
import org.workingrecord.lesson.ui.RecordPanel;
import org.workingrecord.source.Segment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The input for one question kind, built from Flow components that work by keyboard and touch.
 * It reports every change; the card around it saves.
 */
abstract class AnswerInput {

    protected final Div root = new Div();
    protected Runnable onChange = () -> { };

    Component component() {
        return root;
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** What the student has chosen or written so far, as the answer of the question's kind. */
    abstract Answer value();

    abstract void show(Answer value);

    abstract void setReadOnly(boolean readOnly);

    /** The text field whose typing the browser keeps until the server has it; null for inputs saved at once. */
    Element draftElement() {
        return null;
    }

    /** Called when the card leaves the screen or the work is locked. */
    void stop() {
    }

    /** Parts still empty (cells of a grid, statements to match): checking waits until none are. */
    int missing() {
        return 0;
    }

    /**
     * The input for a question; {@code shown} is this student's order of a choice's options or an
     * order question's items (see {@link org.workingrecord.lesson.Arrangement}).
     */
    static AnswerInput of(Question question, LoadedLesson lesson, RecordPanel panel, List<Integer> shown) {
        return switch (question) {
            case Question.Choice q -> new Radio<Integer>(q.prompt(), shown.size() == q.options().size() ? shown
                    : IntStream.range(0, q.options().size()).boxed().toList(),
                    i -> q.options().get(i), Answer.Choice::of,
                    a -> a instanceof Answer.Choice c && c.option().isPresent() ? Optional.of(c.option().getAsInt()) : Optional.empty(),
                    Answer.blank(q));
            case Question.TrueFalse q -> new Radio<Boolean>(q.prompt(), List.of(true, false),
                    v -> I18NProvider.translate("work.tf." + v), Answer.TrueFalse::of,
                    a -> a instanceof Answer.TrueFalse t ? t.value() : Optional.empty(), Answer.blank(q));
            case Question.WhoSaidIt q -> whoSaidIt(q, lesson.plan());
            case Question.Matching q -> new Matching(q, lesson.plan());
            case Question.PositionsGrid q -> new Grid(q, lesson.plan());
            case Question.PickEvidence q -> new PickLine(q, lesson, panel);
            case Question.Order q -> new Order(q, shown);
            case Question.Open q -> new Open(q);
        };
    }

    private static AnswerInput whoSaidIt(Question.WhoSaidIt q, LessonPlan plan) {
        List<String> ids = new ArrayList<>(plan.speakers().stream().map(Speaker::id).toList());
        ids.add(Question.NOT_IN_RECORD);
        Radio<String> radio = new Radio<>(q.prompt() + " “" + q.quote() + "”", ids,
                id -> Question.NOT_IN_RECORD.equals(id) ? I18NProvider.translate("work.who.none")
                        : plan.speaker(id).map(Speaker::name).orElse(id), Answer.WhoSaidIt::of,
                a -> a instanceof Answer.WhoSaidIt w ? w.speaker() : Optional.empty(), Answer.blank(q));
        radio.root.addClassName("who-said-it");
        return radio;
    }

    /**
     * An input written as plain HTML (native radio buttons, selects and buttons): one server
     * element and one listener however many options it has, where Vaadin's components cost
     * several server-side nodes an option. The browser keeps what the student picks; the server
     * hears each change with its value, checks it against the question and re-renders only when
     * it changes the input itself (showing a saved answer, locking).
     */
    abstract static class Html extends AnswerInput {
        /** Event data the browser sends with a change: the control's value and which part it is. */
        static final String VALUE = "event.target.value";
        static final String PART = "event.target.dataset.part || ''";
        private static final AtomicLong IDS = new AtomicLong();

        /** Unique on the page: radio group names and label targets. */
        protected final String uid = "in" + IDS.incrementAndGet();
        protected boolean readOnly;
        private int renders;

        Html(String className) {
            root.addClassNames("html-input", className);
            root.getElement().addEventListener("change", e -> {
                if (!readOnly) {
                    changed(e.getEventData().path(PART).asString(""), e.getEventData().path(VALUE).asString(""));
                }
            }).addEventData(VALUE).addEventData(PART);
        }

        /** The input's HTML; every text in it escaped. */
        abstract String body();

        /** A change in the browser: which part (or "") and its new value. Unknown values are ignored. */
        abstract void changed(String part, String value);

        protected final void render() {
            // the counter makes every render differ from the last one sent, so it always reaches the browser
            root.getElement().setProperty("innerHTML", "<!--" + ++renders + "-->" + body());
        }

        /** The rendered HTML, as the browser gets it. */
        String html() {
            return root.getElement().getProperty("innerHTML", "");
        }

        @Override
        void setReadOnly(boolean readOnly) {
            this.readOnly = readOnly;
            render();
        }

        static String esc(String s) {
            return org.workingrecord.shell.Html.esc(s);
        }

        /** One select of several changed: kept if it is one of them and one of the allowed values (or emptied). */
        protected final void choose(String[] chosen, String part, String value, List<String> allowed) {
            int i = index(part, chosen.length);
            if (i >= 0 && (value.isEmpty() || allowed.contains(value))) {
                chosen[i] = value.isEmpty() ? null : value;
                onChange.run();
            }
        }

        /** A native select with an empty first choice; disabled when the input is read-only. */
        protected String select(String id, int part, String ariaLabel, String placeholder, List<String> values,
                                Function<String, String> labels, String chosen) {
            StringBuilder b = new StringBuilder("<select id=\"").append(id).append("\" data-part=\"").append(part).append('"');
            if (ariaLabel != null) {
                b.append(" aria-label=\"").append(esc(ariaLabel)).append('"');
            }
            if (readOnly) {
                b.append(" disabled");
            }
            b.append("><option value=\"\"").append(chosen == null ? " selected" : "").append('>')
                    .append(esc(placeholder)).append("</option>");
            for (String v : values) {
                b.append("<option value=\"").append(esc(v)).append('"').append(v.equals(chosen) ? " selected" : "").append('>')
                        .append(esc(labels.apply(v))).append("</option>");
            }
            return b.append("</select>").toString();
        }
    }

    /** One choice among options: choice, true/false, who said it. Native radio buttons in a fieldset. */
    static final class Radio<T> extends Html {
        private final String label;
        private final List<T> items;
        private final Function<T, String> labels;
        private final Function<T, Answer> toAnswer;
        private final Function<Answer, Optional<T>> fromAnswer;
        private final Answer blank;
        private T value;

        /** One option per item; {@code toAnswer} and {@code fromAnswer} turn an item into the answer and back. */
        Radio(String label, List<T> items, Function<T, String> labels, Function<T, Answer> toAnswer,
              Function<Answer, Optional<T>> fromAnswer, Answer blank) {
            super("answer-radio");
            this.label = label;
            this.items = List.copyOf(items);
            this.labels = labels;
            this.toAnswer = toAnswer;
            this.fromAnswer = fromAnswer;
            this.blank = blank;
            render();
        }

        @Override
        String body() {
            StringBuilder b = new StringBuilder("<fieldset class=\"choice-group\"").append(readOnly ? " disabled" : "")
                    .append("><legend>").append(esc(label)).append("</legend>");
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                b.append("<label class=\"choice\"><input type=\"radio\" name=\"").append(uid).append("\" value=\"").append(i)
                        .append('"').append(item.equals(value) ? " checked" : "").append("><span>")
                        .append(esc(labels.apply(item))).append("</span></label>");
            }
            return b.append("</fieldset>").toString();
        }

        @Override
        void changed(String part, String chosen) {
            int i = index(chosen, items.size());
            if (i >= 0 && !items.get(i).equals(value)) {
                value = items.get(i);
                onChange.run();
            }
        }

        @Override
        Answer value() {
            return value == null ? blank : toAnswer.apply(value);
        }

        @Override
        void show(Answer saved) {
            T shown = fromAnswer.apply(saved).orElse(null);
            value = items.contains(shown) ? shown : null;
            render();
        }
    }

    /** A number from the browser in [0, size), or -1. */
    static int index(String s, int size) {
        try {
            int i = Integer.parseInt(s);
            return i >= 0 && i < size ? i : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Each statement gets a speaker: a native select for each. */
    static final class Matching extends Html {
        private final Question.Matching question;
        private final LessonPlan plan;
        private final List<String> ids;
        private final String[] chosen;

        Matching(Question.Matching q, LessonPlan plan) {
            super("matching");
            this.question = q;
            this.plan = plan;
            this.ids = plan.speakers().stream().map(Speaker::id).toList();
            this.chosen = new String[q.pairs().size()];
            render();
        }

        @Override
        String body() {
            StringBuilder b = new StringBuilder("<p>").append(esc(question.prompt())).append("</p>");
            for (int i = 0; i < chosen.length; i++) {
                String id = uid + "-" + i;
                b.append("<div class=\"match-row\"><label for=\"").append(id).append("\">“")
                        .append(esc(question.pairs().get(i).statement())).append("”</label>")
                        .append(select(id, i, null, I18NProvider.translate("work.match.choose"), ids,
                                s -> plan.speaker(s).map(Speaker::name).orElse(s), chosen[i]))
                        .append("</div>");
            }
            return b.toString();
        }

        @Override
        void changed(String part, String value) {
            choose(chosen, part, value, ids);
        }

        @Override
        Answer value() {
            Map<Integer, String> speakers = new HashMap<>();
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i] != null) {
                    speakers.put(i, chosen[i]);
                }
            }
            return new Answer.Matching(speakers);
        }

        @Override
        void show(Answer value) {
            Map<Integer, String> saved = value instanceof Answer.Matching m ? m.speakers() : Map.of();
            for (int i = 0; i < chosen.length; i++) {
                String id = saved.get(i);
                chosen[i] = ids.contains(id) ? id : null;
            }
            render();
        }

        @Override
        int missing() {
            return (int) Arrays.stream(chosen).filter(Objects::isNull).count();
        }
    }

    /** Rows are speakers, columns topics; each cell a native select of stances, labelled for screen readers. */
    static final class Grid extends Html {
        private final Question.PositionsGrid question;
        private final LessonPlan plan;
        private final List<Answer.Cell> keys = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private final List<String> stances;
        private final String[] chosen;

        Grid(Question.PositionsGrid q, LessonPlan plan) {
            super("positions");
            this.question = q;
            this.plan = plan;
            this.stances = plan.stances().stream().map(LessonPlan.Stance::id).toList();
            for (String speaker : q.speakers()) {
                for (String topic : q.topics()) {
                    keys.add(new Answer.Cell(speaker, topic));
                    labels.add(speakerName(speaker) + " – " + plan.topicTitle(topic));
                }
            }
            this.chosen = new String[keys.size()];
            render();
        }

        private String speakerName(String id) {
            return plan.speaker(id).map(Speaker::name).orElse(id);
        }



        @Override
        String body() {
            StringBuilder b = new StringBuilder("<p>").append(esc(question.prompt())).append("</p>")
                    .append("<div class=\"grid-scroller\"><table class=\"positions-grid\"><thead><tr><th scope=\"col\">")
                    .append(esc(I18NProvider.translate("work.grid.speaker"))).append("</th>");
            for (String topic : question.topics()) {
                b.append("<th scope=\"col\">").append(esc(plan.topicTitle(topic))).append("</th>");
            }
            b.append("</tr></thead><tbody>");
            int cell = 0;
            String choose = I18NProvider.translate("work.grid.choose");
            for (String speaker : question.speakers()) {
                b.append("<tr><th scope=\"row\">").append(esc(speakerName(speaker))).append("</th>");
                for (int t = 0; t < question.topics().size(); t++, cell++) {
                    // the topic's title beside each select when a narrow screen stacks the grid per speaker
                    b.append("<td data-label=\"").append(esc(plan.topicTitle(question.topics().get(t)))).append("\">").append(select(uid + "-" + cell, cell, labels.get(cell), choose, stances, plan::stanceLabel,
                            chosen[cell])).append("</td>");
                }
                b.append("</tr>");
            }
            return b.append("</tbody></table></div>").toString();
        }

        @Override
        void changed(String part, String value) {
            choose(chosen, part, value, stances);
        }

        @Override
        Answer value() {
            Map<Answer.Cell, String> cells = new HashMap<>();
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i] != null) {
                    cells.put(keys.get(i), chosen[i]);
                }
            }
            return new Answer.Grid(cells);
        }

        @Override
        void show(Answer value) {
            Map<Answer.Cell, String> saved = value instanceof Answer.Grid g ? g.stances() : Map.of();
            for (int i = 0; i < chosen.length; i++) {
                String stance = saved.get(keys.get(i));
                chosen[i] = stances.contains(stance) ? stance : null;
            }
            render();
        }

        @Override
        int missing() {
            return (int) Arrays.stream(chosen).filter(Objects::isNull).count();
        }
    }

    /** Point at a line: click or tap it in the source, or type its number. */
    static final class PickLine extends AnswerInput {
        private final IntegerField line = new IntegerField();
        private final Button point;
        private final Paragraph preview = new Paragraph();
        private final RecordPanel panel;
        private final List<Segment> segments;
        private boolean picking;

        PickLine(Question.PickEvidence q, LoadedLesson lesson, RecordPanel panel) {
            this.panel = panel;
            this.segments = lesson.record().segments();
            root.add(new Paragraph(q.prompt()));
            point = new Button(I18NProvider.translate("work.pick.start"), e -> togglePicking());
            point.addThemeVariants(ButtonVariant.PRIMARY);
            line.setLabel(I18NProvider.translate("work.pick.line"));
            line.setHelperText(I18NProvider.translate("work.pick.help", segments.size()));
            line.setMin(1);
            line.setMax(segments.size());
            line.setStepButtonsVisible(false);
            line.addValueChangeListener(e -> {
                showPreview();
                if (e.isFromClient() && valid()) {
                    onChange.run();
                }
            });
            preview.addClassName("pick-preview");
            root.add(point, line, preview);
        }

        private boolean valid() {
            return line.getValue() != null && line.getValue() >= 1 && line.getValue() <= segments.size();
        }

        private void togglePicking() {
            picking = !picking;
            point.setText(I18NProvider.translate(picking ? "work.pick.stop" : "work.pick.start"));
            if (panel != null) {
                panel.getClassNames().set("picking", picking);
                IntConsumer picked = n -> {
                    line.setValue(n);
                    onChange.run();
                    togglePicking();
                };
                panel.setLinePicker(picking ? picked : null);
            }
        }

        private void showPreview() {
            preview.setText(valid() ? I18NProvider.translate("work.pick.preview", line.getValue(),
                    abbreviate(segments.get(line.getValue() - 1).display())) : "");
        }

        private static String abbreviate(String s) {
            return s.length() > 90 ? s.substring(0, 87) + "…" : s;
        }

        @Override
        Answer value() {
            return valid() ? Answer.Evidence.of(line.getValue()) : new Answer.Evidence(OptionalInt.empty());
        }

        @Override
        void show(Answer value) {
            line.setValue(value instanceof Answer.Evidence e && e.line().isPresent() ? e.line().getAsInt() : null);
        }

        @Override
        void setReadOnly(boolean readOnly) {
            line.setReadOnly(readOnly);
            point.setEnabled(!readOnly);
            if (readOnly) {
                stop();
            }
        }

        @Override
        void stop() {
            if (picking) {
                togglePicking();
            }
        }
    }

    /**
     * Put items in order with Move up / Move down buttons: no dragging needed. The items move in
     * the browser at once (focus stays on the moved item, and a screen reader hears where it went);
     * the new order is then sent to the server, which checks it is the same items and saves it.
     */
    static final class Order extends Html {
        /** The order in the browser, sent with every move and with "This order is my answer". */
        static final String ORDER = "event.detail";

        private static final String SCRIPT = """
                const root = this;
                if (!root.__wrOrder) {
                  root.__wrOrder = true;
                  root.addEventListener('click', e => {
                    const button = e.target.closest('button');
                    if (!button || button.disabled || !root.contains(button)) return;
                    const list = root.querySelector('ol');
                    const send = () => root.dispatchEvent(new CustomEvent('wr-order',
                        {detail: [...list.children].map(li => li.dataset.item).join(',')}));
                    if (!button.dataset.move) { send(); return; }
                    const item = button.closest('li');
                    const up = button.dataset.move === 'up';
                    const other = up ? item.previousElementSibling : item.nextElementSibling;
                    if (!other) return;
                    if (up) list.insertBefore(item, other); else list.insertBefore(other, item);
                    const items = [...list.children];
                    items.forEach((li, i) => {
                      li.querySelector('[data-move=up]').disabled = i === 0;
                      li.querySelector('[data-move=down]').disabled = i === items.length - 1;
                    });
                    const at = items.indexOf(item);
                    const keep = item.querySelector(up ? (at === 0 ? '[data-move=down]' : '[data-move=up]')
                        : (at === items.length - 1 ? '[data-move=up]' : '[data-move=down]'));
                    keep.focus();
                    const said = root.querySelector('.order-said');
                    said.textContent = said.dataset.template.replace('{0}', item.querySelector('.order-text').textContent)
                        .replace('{1}', at + 1).replace('{2}', items.length);
                    send();
                  });
                }
                """;

        private final Question.Order question;
        private List<Integer> order;

        Order(Question.Order q, List<Integer> shown) {
            super("order-input");
            this.question = q;
            // start from this student's shuffled order, which is never already the answer
            order = new ArrayList<>(shown.size() == q.items().size() ? shown : IntStream.range(0, q.items().size()).boxed().toList());
            root.getElement().addEventListener("wr-order", e -> {
                if (!readOnly) {
                    changedOrder(e.getEventData().path(ORDER).asString(""));
                }
            }).addEventData(ORDER);
            root.addAttachListener(e -> root.getElement().executeJs(SCRIPT));
            render();
        }

        @Override
        String body() {
            StringBuilder b = new StringBuilder("<p>").append(esc(question.prompt())).append("</p><ol class=\"order-list\">");
            for (int pos = 0; pos < order.size(); pos++) {
                String text = question.items().get(order.get(pos)).text();
                b.append("<li data-item=\"").append(order.get(pos)).append("\"><span class=\"order-text\">").append(esc(text))
                        .append("</span><span class=\"order-buttons\">")
                        .append(button("up", I18NProvider.translate("work.order.up"), I18NProvider.translate("work.order.up.label", text),
                                readOnly || pos == 0))
                        .append(button("down", I18NProvider.translate("work.order.down"),
                                I18NProvider.translate("work.order.down.label", text), readOnly || pos == order.size() - 1))
                        .append("</span></li>");
            }
            b.append("</ol>");
            if (!readOnly) {
                b.append("<button type=\"button\" class=\"order-confirm\">").append(esc(I18NProvider.translate("work.order.confirm")))
                        .append("</button>");
            }
            // {0}, {1}, {2} are filled in by the browser after a move
            return b.append("<p class=\"order-said sr-only\" aria-live=\"polite\" data-template=\"")
                    .append(esc(I18NProvider.translate("work.order.moved"))).append("\"></p>").toString();
        }

        private static String button(String move, String text, String label, boolean disabled) {
            return "<button type=\"button\" data-move=\"" + move + "\" aria-label=\"" + esc(label) + "\"" + (disabled ? " disabled" : "")
                    + ">" + esc(text) + "</button>";
        }

        @Override
        void changed(String part, String value) {
            // an order changes only by its buttons
        }

        private void changedOrder(String sent) {
            List<Integer> next = new ArrayList<>();
            for (String s : sent.split(",")) {
                int i = index(s.strip(), question.items().size());
                if (i < 0 || next.contains(i)) {
                    return;
                }
                next.add(i);
            }
            if (next.size() != question.items().size()) {
                return;
            }
            order = next;
            onChange.run();
        }

        @Override
        Answer value() {
            return new Answer.Order(order);
        }

        @Override
        void show(Answer value) {
            if (value instanceof Answer.Order saved && saved.order().size() == question.items().size()) {
                order = new ArrayList<>(saved.order());
            }
            render();
        }
    }

    /** A written answer: saved about two seconds after typing stops, and when leaving the field. */
    static final class Open extends AnswerInput {
        private final TextArea text = new TextArea();
        private final int maxWords;
        private final Div starters = new Div();

        Open(Question.Open q) {
            this.maxWords = q.maxWords();
            Paragraph prompt = new Paragraph(q.prompt());
            prompt.setId("prompt-" + q.id());
            prompt.addClassName("prompt");
            root.add(prompt);
            text.setLabel(I18NProvider.translate("work.open.label"));
            text.getElement().setAttribute("aria-describedby", prompt.getId().orElseThrow());
            // about 12 characters a word, and never more than an answer may hold
            text.setMaxLength(Math.min(q.maxWords() * 12, Answer.Open.MAX_CHARS));
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setValueChangeTimeout(2000);
            text.setWidthFull();
            text.setMinHeight("9em");
            text.addValueChangeListener(e -> {
                count();
                if (e.isFromClient()) {
                    onChange.run();
                }
            });
            text.addBlurListener(e -> onChange.run());
            starters.addClassName("starters");
            if (!q.starters().isEmpty()) {
                starters.add(new Span(I18NProvider.translate("work.open.starters")));
                for (String starter : q.starters()) {
                    Button add = new Button(starter, e -> {
                        String current = text.getValue();
                        text.setValue(current.isBlank() ? starter : current.stripTrailing() + " " + starter);
                        count();
                        onChange.run();
                        text.focus();
                    });
                    add.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                    add.setAriaLabel(I18NProvider.translate("work.open.starter.label", starter));
                    starters.add(add);
                }
            }
            root.add(text, starters);
            count();
        }

        private void count() {
            String v = text.getValue().strip();
            int words = v.isEmpty() ? 0 : v.split("\\s+").length;
            text.setHelperText(I18NProvider.translate(words > maxWords ? "work.open.over" : "work.open.count", words, maxWords));
        }

        @Override
        Answer value() {
            return new Answer.Open(text.getValue());
        }

        @Override
        Element draftElement() {
            return text.getElement();
        }

        @Override
        void show(Answer value) {
            text.setValue(value instanceof Answer.Open o ? o.text() : "");
            count();
        }

        @Override
        void setReadOnly(boolean readOnly) {
            text.setReadOnly(readOnly);
            starters.setVisible(!readOnly);
        }
    }
}
