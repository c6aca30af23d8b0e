package org.workingrecord.attempt.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

import tools.jackson.databind.node.ObjectNode;

/**
 * The answer inputs written as HTML, used the way a browser uses them: the test reads the HTML the
 * student sees (legends, labels, options) and sends the server the same event with the same data
 * the browser would send after the student's click.
 */
public record HtmlInputs(Div root) {

    /** The input whose question (legend, or the prompt above it) reads {@code label}. */
    public static HtmlInputs withLabel(Collection<Div> divs, String label) {
        List<HtmlInputs> found = divs.stream().filter(d -> d.getClassNames().contains("html-input")).map(HtmlInputs::new)
                .filter(i -> label.equals(i.label())).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " inputs labelled “" + label + "”");
        }
        return found.get(0);
    }

    public static List<HtmlInputs> all(Collection<Div> divs, String className) {
        return divs.stream().filter(d -> d.getClassNames().contains("html-input") && d.getClassNames().contains(className))
                .map(HtmlInputs::new).toList();
    }

    public Document html() {
        return Jsoup.parseBodyFragment(root.getElement().getProperty("innerHTML", ""));
    }

    public String label() {
        Document d = html();
        Element legend = d.selectFirst("legend");
        return legend != null ? legend.text() : d.selectFirst("p") == null ? "" : d.selectFirst("p").text();
    }

    // radio buttons

    /** Clicks the radio button labelled {@code option}. */
    public void choose(String option) {
        Element input = html().select("label.choice").stream().filter(l -> l.text().equals(option)).findFirst()
                .orElseThrow(() -> new AssertionError("no option “" + option + "” in " + label())).selectFirst("input");
        if (input.parents().stream().anyMatch(p -> p.hasAttr("disabled"))) {
            throw new AssertionError("the option “" + option + "” is disabled");
        }
        change("", input.val());
    }

    /** The label of the checked radio button, or null. */
    public String chosen() {
        return html().select("label.choice").stream().filter(l -> l.selectFirst("input").hasAttr("checked")).map(Element::text)
                .findFirst().orElse(null);
    }

    public boolean readOnly() {
        Document d = html();
        return !d.select("fieldset[disabled]").isEmpty() || !d.select("select").isEmpty() && d.select("select:not([disabled])").isEmpty()
                || !d.select("button[data-move]").isEmpty() && d.select("button[data-move]:not([disabled])").isEmpty();
    }

    // selects

    /** Labels of the selects: their label element's text, or their aria-label. */
    public List<String> selects() {
        Document d = html();
        List<String> labels = new ArrayList<>();
        for (Element select : d.select("select")) {
            labels.add(selectLabel(d, select));
        }
        return labels;
    }

    private static String selectLabel(Document d, Element select) {
        Element label = d.selectFirst("label[for=" + select.id() + "]");
        return label != null ? label.text() : select.attr("aria-label");
    }

    /** Picks {@code option} in the select labelled {@code selectLabel}. */
    public void select(String selectLabel, String option) {
        Document d = html();
        Element select = d.select("select").stream().filter(s -> selectLabel(d, s).equals(selectLabel)).findFirst()
                .orElseThrow(() -> new AssertionError("no select “" + selectLabel + "”"));
        if (select.hasAttr("disabled")) {
            throw new AssertionError("the select “" + selectLabel + "” is disabled");
        }
        Element chosen = select.select("option").stream().filter(o -> o.text().equals(option)).findFirst()
                .orElseThrow(() -> new AssertionError("no option “" + option + "” in “" + selectLabel + "”"));
        change(select.attr("data-part"), chosen.val());
    }

    /** The text of the option shown in the select labelled {@code selectLabel}. */
    public String selected(String selectLabel) {
        Document d = html();
        Element select = d.select("select").stream().filter(s -> selectLabel(d, s).equals(selectLabel)).findFirst().orElseThrow();
        Element option = select.selectFirst("option[selected]");
        return option == null ? null : option.text();
    }

    // ordering

    /** The items' texts in their order on the page. */
    public List<String> order() {
        return html().select("ol.order-list > li .order-text").eachText();
    }

    /**
     * Clicks the button with this accessible name: a move changes the order in the browser, and the
     * browser then sends the whole order, as does "This order is my answer".
     */
    public void press(String ariaLabelOrText) {
        Document d = html();
        Element button = d.select("button").stream()
                .filter(b -> ariaLabelOrText.equals(b.attr("aria-label")) || ariaLabelOrText.equals(b.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no button “" + ariaLabelOrText + "”"));
        if (button.hasAttr("disabled")) {
            throw new AssertionError("the button “" + ariaLabelOrText + "” is disabled");
        }
        List<String> items = new ArrayList<>(d.select("ol.order-list > li").eachAttr("data-item"));
        if (button.hasAttr("data-move")) {
            String item = button.closest("li").attr("data-item");
            int at = items.indexOf(item);
            int to = "up".equals(button.attr("data-move")) ? at - 1 : at + 1;
            Collections.swap(items, at, to);
        }
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(OrderInput.ORDER, String.join(",", items));
        fire("wr-order", data);
    }

    /** Clicks the step called {@code name} in a work page's list of steps. */
    public static void step(Collection<Nav> navs, String name) {
        Nav nav = navs.stream().filter(n -> n.getClassNames().contains("step-nav")).findFirst()
                .orElseThrow(() -> new AssertionError("no list of steps"));
        Element button = Jsoup.parseBodyFragment(nav.getElement().getProperty("innerHTML", "")).select("button[data-step]").stream()
                .filter(b -> b.text().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no step “" + name + "”"));
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(StepList.STEP, Integer.parseInt(button.attr("data-step")));
        // the browser sends the result of the listener's filter with the event
        data.put("event.target.closest('[data-step]') !== null", true);
        com.vaadin.flow.dom.Element element = nav.getElement();
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "click", data));
    }

    /** The names of the steps, and which one is current (marked with aria-current). */
    public static List<String> steps(Collection<Nav> navs) {
        Nav nav = navs.stream().filter(n -> n.getClassNames().contains("step-nav")).findFirst()
                .orElseThrow();
        return Jsoup.parseBodyFragment(nav.getElement().getProperty("innerHTML", "")).select("button[data-step]").stream()
                .map(b -> b.hasAttr("aria-current") ? "[" + b.text() + "]" : b.text()).toList();
    }

    /** What a tampered-with browser could send: any part, any value. */
    public void forge(String part, String value) {
        change(part, value);
    }

    /** A forged order, as a tampered-with browser could send it. */
    public void forgeOrder(String order) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(OrderInput.ORDER, order);
        fire("wr-order", data);
    }

    private void change(String part, String value) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(HtmlInput.VALUE, value);
        data.put(HtmlInput.PART, part);
        fire("change", data);
    }

    private void fire(String type, ObjectNode data) {
        com.vaadin.flow.dom.Element element = root.getElement();
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, type, data));
    }
}
