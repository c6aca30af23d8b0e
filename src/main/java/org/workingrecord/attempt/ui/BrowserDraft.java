package org.workingrecord.attempt.ui;

import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.dom.Element;

/**
 * Text being typed, kept in the browser (localStorage) on every keystroke until the server has
 * acknowledged it, so nothing typed while the server is down or restarting is lost: when the page
 * comes back, a kept draft the server never got is handed back to be shown and saved again. The
 * draft remembers the revision it was typed on, so a newer save from elsewhere is a conflict.
 */
final class BrowserDraft {

    /** A draft the browser kept: the text, and the revision of the answer it was typed on. */
    record Kept(int basedOn, String text) {
    }

    private final Element field;
    private final String key;

    private BrowserDraft(Element field, String key) {
        this.field = field;
        this.key = key;
    }

    /** For a text field on a page that keeps drafts (a student's; a teacher's preview keeps none). */
    static Optional<BrowserDraft> of(Element field, Optional<String> key) {
        return field == null ? Optional.empty() : key.map(k -> new BrowserDraft(field, k));
    }

    /** Starts keeping what is typed (typed on {@code revision}), and hands over any draft kept from before. */
    void keep(int revision, Consumer<Kept> kept) {
        field.executeJs("""
                const field = this, key = $0;
                field.__wrRevision = $1;
                if (!field.__wrDrafts) {
                  field.__wrDrafts = true;
                  field.addEventListener('input', () => {
                    try { localStorage.setItem(key, JSON.stringify({text: field.value, revision: field.__wrRevision})); } catch (e) {}
                  });
                }
                try {
                  const kept = JSON.parse(localStorage.getItem(key));
                  return kept && typeof kept.text === 'string' ? (kept.revision | 0) + ':' + kept.text : null;
                } catch (e) { return null; }
                """, key, revision).then(String.class, text -> read(text).ifPresent(kept));
    }

    /** "revision:text", as the browser wrote it; anything else is dropped. */
    private Optional<Kept> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        try {
            return Optional.of(new Kept(Integer.parseInt(text.substring(0, Math.max(colon, 0))), text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            forget(null);
            return Optional.empty();
        }
    }

    /** The server has {@code text} as {@code revision}: later typing is based on it, and the copy may go. */
    void saved(int revision, String text) {
        field.executeJs("this.__wrRevision = $0", revision);
        forget(text);
    }

    /** The browser may forget its copy of {@code text} (unless the student typed on since); null forgets any. */
    void forget(String text) {
        field.executeJs("""
                const key = $0;
                try {
                  const kept = localStorage.getItem(key);
                  if ($1 === null || (kept && JSON.parse(kept).text === $1)) localStorage.removeItem(key);
                } catch (e) {}
                """, key, text);
    }
}
