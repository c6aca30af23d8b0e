package org.workingrecord.attempt.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.workingrecord.grading.Answer;

/** One choice among options: choice, true/false, who said it. Native radio buttons in a fieldset. */
final class RadioInput<T> extends HtmlInput {
    private final String label;
    private final List<T> items;
    private final Function<T, String> labels;
    private final Function<T, Answer> toAnswer;
    private final Function<Answer, Optional<T>> fromAnswer;
    private final Answer blank;
    private T value;

    /** One option per item; {@code toAnswer} and {@code fromAnswer} turn an item into the answer and back. */
    RadioInput(String label, List<T> items, Function<T, String> labels, Function<T, Answer> toAnswer,
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
