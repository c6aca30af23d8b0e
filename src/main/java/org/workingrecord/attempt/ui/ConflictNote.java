package org.workingrecord.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Another tab or device saved this answer meanwhile: says when and what (in the lesson's words, a long
 * text cut short), and lets the student keep their own answer or take the other one. Never decided for them.
 */
final class ConflictNote extends Div {

    ConflictNote(String when, String words, Runnable keepMine, Runnable takeTheirs) {
        addClassName("conflict");
        String what = words.isBlank() ? getTranslation("work.conflict.other")
                : "“" + (words.length() > 200 ? words.substring(0, 197) + "…" : words) + "”";
        Button keep = new Button(getTranslation("work.conflict.keep"), e -> keepMine.run());
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        Button theirs = new Button(getTranslation("work.conflict.theirs"), e -> takeTheirs.run());
        add(new Paragraph(getTranslation("work.conflict", when, what)), keep, theirs);
        getElement().setAttribute("role", "alert");
    }
}
