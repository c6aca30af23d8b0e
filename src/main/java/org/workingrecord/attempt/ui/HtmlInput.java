package org.workingrecord.attempt.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.workingrecord.shell.Html;

/**
 * An input written as plain HTML (native radio buttons, selects and buttons): one server
 * element and one listener however many options it has, where Vaadin's components cost
 * several server-side nodes an option. The browser keeps what the student picks; the server
 * hears each change with its value, checks it against the question and re-renders only when
 * it changes the input itself (showing a saved answer, locking).
 */
abstract class HtmlInput extends AnswerInput {
    /** Event data the browser sends with a change: the control's value and which part it is. */
    static final String VALUE = "event.target.value";
    static final String PART = "event.target.dataset.part || ''";
    private static final AtomicLong IDS = new AtomicLong();

    /** Unique on the page: radio group names and label targets. */
    protected final String uid = "in" + IDS.incrementAndGet();
    protected boolean readOnly;
    private int renders;

    HtmlInput(String className) {
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
        return Html.esc(s);
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

    /** A number from the browser in [0, size), or -1. */
    static int index(String s, int size) {
        try {
            int i = Integer.parseInt(s);
            return i >= 0 && i < size ? i : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
