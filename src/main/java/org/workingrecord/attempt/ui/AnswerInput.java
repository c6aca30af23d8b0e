package org.workingrecord.attempt.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.workingrecord.grading.AnswerValue;
import org.workingrecord.grading.Grading;
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
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
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

    abstract AnswerValue value();

    abstract void show(AnswerValue value);

    abstract void setReadOnly(boolean readOnly);

    /** The text field whose typing the browser keeps until the server has it; null for inputs saved at once. */
    com.vaadin.flow.dom.Element draftElement() {
        return null;
    }

    /** Called when the card leaves the screen or the work is locked. */
    void stop() {
    }

    /** Parts still empty (cells of a grid, statements to match): checking waits until none are. */
    int missing() {
        return 0;
    }

    static AnswerInput of(Question question, LoadedLesson lesson, RecordPanel panel) {
        return switch (question) {
            case Question.Choice q -> new Radio<>(q.prompt(), IntStream.range(0, q.options().size()).boxed().toList(),
                    i -> q.options().get(i), "option", String::valueOf, Integer::valueOf);
            case Question.TrueFalse q -> new Radio<>(q.prompt(), List.of("true", "false"),
                    v -> I18NProvider.translate("work.tf." + v), "value", v -> v, v -> v);
            case Question.WhoSaidIt q -> whoSaidIt(q, lesson.plan());
            case Question.Matching q -> new Matching(q, lesson.plan());
            case Question.PositionsGrid q -> new Grid(q, lesson.plan());
            case Question.PickEvidence q -> new PickLine(q, lesson, panel);
            case Question.Order q -> new Order(q);
            case Question.Open q -> new Open(q);
        };
    }

    private static AnswerInput whoSaidIt(Question.WhoSaidIt q, LessonPlan plan) {
        List<String> ids = new ArrayList<>(plan.speakers().stream().map(Speaker::id).toList());
        ids.add(Question.NOT_IN_RECORD);
        Radio<String> radio = new Radio<>(q.prompt() + " “" + q.quote() + "”", ids,
                id -> Question.NOT_IN_RECORD.equals(id) ? I18NProvider.translate("work.who.none")
                        : plan.speaker(id).map(Speaker::name).orElse(id), "speaker", v -> v, v -> v);
        radio.root.addClassName("who-said-it");
        return radio;
    }

    /** One choice among options: choice, true/false, who said it. */
    static final class Radio<T> extends AnswerInput {
        private final RadioButtonGroup<T> group = new RadioButtonGroup<>();
        private final String field;
        private final java.util.function.Function<T, String> encode;
        private final java.util.function.Function<String, T> decode;

        Radio(String label, List<T> items, java.util.function.Function<T, String> labels, String field,
              java.util.function.Function<T, String> encode, java.util.function.Function<String, T> decode) {
            this.field = field;
            this.encode = encode;
            this.decode = decode;
            group.setLabel(label);
            group.setItems(items);
            group.setItemLabelGenerator(labels::apply);
            group.addClassName("answer-radio");
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.run();
                }
            });
            root.add(group);
        }

        @Override
        AnswerValue value() {
            return group.getValue() == null ? AnswerValue.of() : AnswerValue.of(field, encode.apply(group.getValue()));
        }

        @Override
        void show(AnswerValue value) {
            group.setValue(value.get(field).map(decode).orElse(null));
        }

        @Override
        void setReadOnly(boolean readOnly) {
            group.setReadOnly(readOnly);
        }
    }

    /** Each statement gets a speaker. */
    static final class Matching extends AnswerInput {
        private final List<Select<String>> selects = new ArrayList<>();

        Matching(Question.Matching q, LessonPlan plan) {
            root.add(new Paragraph(q.prompt()));
            List<String> ids = plan.speakers().stream().map(Speaker::id).toList();
            for (Question.Pair pair : q.pairs()) {
                Select<String> select = new Select<>();
                select.setLabel("“" + pair.statement() + "”");
                select.setItems(ids);
                select.setItemLabelGenerator(id -> plan.speaker(id).map(Speaker::name).orElse(id));
                select.setPlaceholder(I18NProvider.translate("work.match.choose"));
                select.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        onChange.run();
                    }
                });
                select.addClassName("match-select");
                selects.add(select);
                root.add(select);
            }
        }

        @Override
        AnswerValue value() {
            AnswerValue v = AnswerValue.of();
            for (int i = 0; i < selects.size(); i++) {
                if (selects.get(i).getValue() != null) {
                    v = v.with(String.valueOf(i), selects.get(i).getValue());
                }
            }
            return v;
        }

        @Override
        void show(AnswerValue value) {
            for (int i = 0; i < selects.size(); i++) {
                selects.get(i).setValue(value.get(String.valueOf(i)).orElse(null));
            }
        }

        @Override
        int missing() {
            return (int) selects.stream().filter(s -> s.getValue() == null).count();
        }

        @Override
        void setReadOnly(boolean readOnly) {
            selects.forEach(s -> s.setReadOnly(readOnly));
        }
    }

    /** Rows are speakers, columns topics; each cell a choice of stance, labelled for screen readers. */
    static final class Grid extends AnswerInput {
        private final List<Select<String>> cells = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();

        Grid(Question.PositionsGrid q, LessonPlan plan) {
            root.add(new Paragraph(q.prompt()));
            NativeTable table = new NativeTable();
            table.addClassName("positions-grid");
            NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(I18NProvider.translate("work.grid.speaker")));
            for (String topic : q.topics()) {
                head.add(new NativeTableHeaderCell(topicTitle(plan, topic)));
            }
            table.add(new NativeTableHeader(head));
            NativeTableBody body = new NativeTableBody();
            List<String> stances = plan.stances().stream().map(LessonPlan.Stance::id).toList();
            for (String speaker : q.speakers()) {
                String who = plan.speaker(speaker).map(Speaker::name).orElse(speaker);
                NativeTableHeaderCell rowHead = new NativeTableHeaderCell(who);
                rowHead.getElement().setAttribute("scope", "row");
                NativeTableRow row = new NativeTableRow(rowHead);
                for (String topic : q.topics()) {
                    Select<String> cell = new Select<>();
                    cell.setItems(stances);
                    cell.setItemLabelGenerator(id -> plan.stances().stream().filter(s -> s.id().equals(id)).findFirst()
                            .map(LessonPlan.Stance::label).orElse(id));
                    cell.setPlaceholder(I18NProvider.translate("work.grid.choose"));
                    cell.setAriaLabel(who + " – " + topicTitle(plan, topic));
                    cell.addValueChangeListener(e -> {
                        if (e.isFromClient()) {
                            onChange.run();
                        }
                    });
                    cells.add(cell);
                    keys.add(Grading.gridCell(speaker, topic));
                    row.add(new NativeTableCell(cell));
                }
                body.add(row);
            }
            table.add(body);
            Div scroller = new Div(table);
            scroller.addClassName("grid-scroller");
            root.add(scroller);
        }

        private static String topicTitle(LessonPlan plan, String topic) {
            return plan.topics().stream().filter(t -> t.id().equals(topic)).findFirst().map(LessonPlan.Topic::title).orElse(topic);
        }

        @Override
        AnswerValue value() {
            AnswerValue v = AnswerValue.of();
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).getValue() != null) {
                    v = v.with(keys.get(i), cells.get(i).getValue());
                }
            }
            return v;
        }

        @Override
        void show(AnswerValue value) {
            for (int i = 0; i < cells.size(); i++) {
                cells.get(i).setValue(value.get(keys.get(i)).orElse(null));
            }
        }

        @Override
        int missing() {
            return (int) cells.stream().filter(c -> c.getValue() == null).count();
        }

        @Override
        void setReadOnly(boolean readOnly) {
            cells.forEach(c -> c.setReadOnly(readOnly));
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
        AnswerValue value() {
            return valid() ? AnswerValue.of("line", String.valueOf(line.getValue())) : AnswerValue.of();
        }

        @Override
        void show(AnswerValue value) {
            line.setValue(value.get("line").map(Integer::valueOf).orElse(null));
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

    /** Put items in order with Move up / Move down buttons: no dragging needed. */
    static final class Order extends AnswerInput {
        private final Question.Order question;
        private final OrderedList list = new OrderedList();
        private final Button confirm;
        private List<Integer> order;
        private boolean readOnly;

        Order(Question.Order q) {
            this.question = q;
            root.add(new Paragraph(q.prompt()));
            list.addClassName("order-list");
            confirm = new Button(I18NProvider.translate("work.order.confirm"), e -> onChange.run());
            root.add(list, confirm);
            // start from an order that is not the answer: the key reversed
            order = new ArrayList<>(IntStream.range(0, q.items().size()).boxed().toList());
            java.util.Collections.reverse(order);
            render(-1);
        }

        private void render(int focusIndex) {
            list.removeAll();
            for (int pos = 0; pos < order.size(); pos++) {
                int at = pos;
                String text = question.items().get(order.get(pos)).text();
                Button up = new Button(I18NProvider.translate("work.order.up"), e -> move(at, -1));
                up.setAriaLabel(I18NProvider.translate("work.order.up.label", text));
                up.setEnabled(!readOnly && pos > 0);
                Button down = new Button(I18NProvider.translate("work.order.down"), e -> move(at, 1));
                down.setAriaLabel(I18NProvider.translate("work.order.down.label", text));
                down.setEnabled(!readOnly && pos < order.size() - 1);
                up.addThemeVariants(ButtonVariant.SMALL);
                down.addThemeVariants(ButtonVariant.SMALL);
                Div buttons = new Div(up, down);
                buttons.addClassName("order-buttons");
                ListItem item = new ListItem(new Span(text), buttons);
                list.add(item);
                if (pos == focusIndex) {
                    (focusIndex == 0 ? down : up).focus();
                }
            }
        }

        private void move(int pos, int delta) {
            int to = pos + delta;
            java.util.Collections.swap(order, pos, to);
            render(to);
            onChange.run();
        }

        @Override
        AnswerValue value() {
            return AnswerValue.of("order", order.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }

        @Override
        void show(AnswerValue value) {
            value.get("order").ifPresent(s -> {
                List<Integer> saved = Arrays.stream(s.split(",")).map(Integer::valueOf).toList();
                if (saved.size() == question.items().size()) {
                    order = new ArrayList<>(saved);
                    render(-1);
                }
            });
        }

        @Override
        void setReadOnly(boolean readOnly) {
            this.readOnly = readOnly;
            confirm.setVisible(!readOnly);
            render(-1);
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
            text.setMaxLength(Math.min(q.maxWords() * 12, 19_000));
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
        AnswerValue value() {
            return text.getValue().isBlank() ? AnswerValue.of() : AnswerValue.of("text", text.getValue());
        }

        @Override
        com.vaadin.flow.dom.Element draftElement() {
            return text.getElement();
        }

        @Override
        void show(AnswerValue value) {
            text.setValue(value.get("text").orElse(""));
            count();
        }

        @Override
        void setReadOnly(boolean readOnly) {
            text.setReadOnly(readOnly);
            starters.setVisible(!readOnly);
        }
    }
}
