package org.workingrecord.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;

/**
 * An explanation that opens on hover, keyboard focus or tap: the one way this app explains a
 * word, a mark or a person, so it works the same with a mouse, a keyboard and a finger.
 */
public final class Explain {

    private Explain() {
    }

    /** Makes {@code target} focusable and attaches a popover with a heading and text. */
    public static Popover attach(Component target, String heading, String text) {
        target.getElement().setAttribute("tabindex", "0");
        target.getElement().setAttribute("role", "button");
        Popover popover = new Popover();
        popover.setTarget(target);
        popover.setOpenOnClick(true);
        popover.setOpenOnFocus(true);
        popover.setOpenOnHover(true);
        popover.setPosition(PopoverPosition.BOTTOM_START);
        popover.addThemeVariants(PopoverVariant.ARROW);
        popover.setAriaLabel(heading);
        popover.addClassName("explain");
        Span title = new Span(heading);
        title.addClassName("explain-title");
        Div body = new Div(title, new Paragraph(text));
        body.addClassName("explain-body");
        popover.add(body);
        return popover;
    }
}
