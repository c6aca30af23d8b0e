package org.workingrecord.authoring.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;

/**
 * The words a teacher last selected in a record shown on the page, for the builder's "use the selected words":
 * the browser keeps the last selection made inside a record (clicking the button may clear the selection
 * itself), without the line numbers and speaker labels the reader shows beside the text.
 */
final class RecordSelection {

    private static final String REMEMBER = """
            if (!window.wrSelectionKept) {
              window.wrSelectionKept = true;
              document.addEventListener('selectionchange', () => {
                const s = document.getSelection();
                const node = s && s.anchorNode;
                const el = node && (node.nodeType === 1 ? node : node.parentElement);
                if (el && el.closest('.record') && s.toString().trim()) {
                  const range = s.getRangeAt(0).cloneContents();
                  range.querySelectorAll('.line-no, .speaker-chip, .explain-body').forEach(n => n.remove());
                  window.wrLastSelection = range.textContent;
                }
              });
            }""";

    private RecordSelection() {
    }

    /** Starts keeping the selection for the page the component is on. */
    static void keep(Component on) {
        on.addAttachListener(e -> on.getElement().executeJs(REMEMBER));
    }

    /** The words last selected in a record (one space between words), or "" when none were. */
    static void last(Component on, Consumer<String> words) {
        on.getElement().executeJs("return window.wrLastSelection || ''")
                .then(String.class, s -> words.accept(s == null ? "" : s.replaceAll("\\s+", " ").strip()));
    }
}
