package org.workingrecord.attempt.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.workingrecord.grading.Answer;
import org.workingrecord.lesson.Question;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Put items in order with Move up / Move down buttons: no dragging needed. The items move in
 * the browser at once (focus stays on the moved item, and a screen reader hears where it went);
 * the new order is then sent to the server, which checks it is the same items and saves it.
 */
final class OrderInput extends HtmlInput {
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

    OrderInput(Question.Order q, List<Integer> shown) {
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
