package org.workingrecord.lesson.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.workingrecord.lesson.LessonSources;
import org.workingrecord.lesson.LoadedLesson;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import org.springframework.modulith.NamedInterface;

/**
 * A lesson's source, line by line, grouped into items and entries: speakers labelled by name and
 * colour, every mark and term explained, lines numbered for citing. Used by the reader and beside
 * the questions, where it highlights evidence and lets students point at a line.
 *
 * <p>The record is rendered once per lesson and language as plain, accessible HTML and shared by
 * every page that shows it: one server-side element per student instead of hundreds. Explanations
 * open in the browser on hover, keyboard focus or tap (CSS, plus a few lines of script for Escape
 * and the speaker buttons); the server hears only a picked line, through one listener.
 */
@NamedInterface("ui")
public class RecordPanel extends Div {

    /** Rendered HTML per loaded lesson (by identity: a reloaded lesson renders anew) and language. */
    private static final Map<Key, String> RENDERED = new ConcurrentHashMap<>();

    private static final String SCRIPT = """
            const panel = this;
            if (!panel.__wrExplain) {
              panel.__wrExplain = true;
              panel.addEventListener('keydown', e => {
                if (e.key !== 'Escape') return;
                const x = e.target.closest('.explained');
                if (x) { x.classList.add('dismissed'); x.classList.remove('open'); }
              });
              panel.addEventListener('focusout', e => {
                const x = e.target.closest('.explained');
                if (x) x.classList.remove('dismissed', 'open');
              });
              panel.addEventListener('click', e => {
                const chip = e.target.closest('.speaker-chip');
                const x = chip && chip.closest('.explained');
                if (x) { x.classList.remove('dismissed'); x.classList.toggle('open'); }
              });
            }
            """;

    private final int lineCount;
    private final LessonSources sources;
    private final Set<Integer> lines = new LinkedHashSet<>();
    private final List<Integer> highlighted = new ArrayList<>();
    private IntConsumer picker;
    private int focused;

    /** The structured record of a lesson's source, rendered once per lesson and language. */
    public RecordPanel(LoadedLesson lesson) {
        this(lesson, true);
    }

    /** A record looked at once (a teacher's import before it is saved): rendered for this panel only, not kept. */
    public static RecordPanel once(LoadedLesson lesson) {
        return new RecordPanel(lesson, false);
    }

    private RecordPanel(LoadedLesson lesson, boolean shared) {
        addClassName("record");
        sources = lesson.sources();
        for (int place = 1; place <= sources.placeCount(); place++) {
            lines.add(place);
        }
        lineCount = lines.size();
        String html = shared ? RENDERED.computeIfAbsent(new Key(lesson, getLocale()),
                k -> new RecordHtml(lesson, this::getTranslation).render()) : new RecordHtml(lesson, this::getTranslation).render();
        getElement().setProperty("innerHTML", html);
        // filters and event data must be plain values: the browser sends their results to the server
        String line = "event.target.closest('[data-line]') ? +event.target.closest('[data-line]').dataset.line : -1";
        getElement().addEventListener("click", e -> pick(e.getEventData().path(line).asInt(-1)))
                .addEventData(line).setFilter("element.classList.contains('picking') && event.target.closest('[data-line]') !== null");
        getElement().addEventListener("keydown", e -> pick(e.getEventData().path(line).asInt(-1)))
                .addEventData(line).addEventData("event.preventDefault() || 0")
                .setFilter("element.classList.contains('picking') && (event.key === 'Enter' || event.key === ' ')"
                        + " && event.target.matches('[data-line]')");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(SCRIPT);
        if (picker != null) {
            pickable(true);
        }
        if (!highlighted.isEmpty()) {
            highlight(List.copyOf(highlighted));
        }
    }

    /** The rendered HTML (shared by every panel of this lesson and language). */
    public String html() {
        return getElement().getProperty("innerHTML");
    }

    public int lineCount() {
        return lineCount;
    }

    /** The records shown, for citing their lines as students see them ("16", or "B7" with several). */
    public LessonSources sources() {
        return sources;
    }

    /**
     * Scrolls a line to the middle of the source's own scrolling panel, leaving the page where it
     * is (the student keeps the step's title and question in view); only when {@code $1} is true
     * (the student asked to see the line) and the source does not scroll by itself, as on a phone,
     * does the page move to it.
     */
    private static final String SCROLL_TO_LINE = """
            const wrScroll = (line, pageToo) => {
              let box = line.parentElement;
              while (box && box !== document.body) {
                const style = getComputedStyle(box);
                if (/(auto|scroll)/.test(style.overflowY) && box.scrollHeight > box.clientHeight) break;
                box = box.parentElement;
              }
              if (box && box !== document.body) {
                const top = line.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
                box.scrollTo({top: Math.max(0, top - box.clientHeight / 2 + line.offsetHeight / 2), behavior: 'smooth'});
              } else if (pageToo) {
                line.scrollIntoView({block: 'center', behavior: 'smooth'});
              }
            };
            """;

    /** Marks lines (evidence, the current turn) and brings the first into view in the source panel. */
    public void highlight(List<Integer> toMark) {
        highlight(toMark, false);
    }

    /**
     * Marks lines and brings the first into view; {@code askedFor}: the student pressed "show me the
     * lines", so where the source does not scroll by itself the page goes to them.
     */
    public void highlight(List<Integer> toMark, boolean askedFor) {
        highlighted.clear();
        toMark.stream().filter(lines::contains).distinct().forEach(highlighted::add);
        getElement().executeJs(SCROLL_TO_LINE + """
                this.querySelectorAll('.line-highlight').forEach(l => l.classList.remove('line-highlight'));
                const wanted = $0 ? $0.split(',') : [];
                wanted.forEach(n => { const l = this.querySelector('#line-' + n); if (l) l.classList.add('line-highlight'); });
                const first = wanted.length ? this.querySelector('#line-' + wanted[0]) : null;
                if (first) wrScroll(first, $1);
                """, highlighted.stream().map(String::valueOf).collect(Collectors.joining(",")), askedFor);
    }

    public List<Integer> highlightedLines() {
        return List.copyOf(highlighted);
    }

    /** Opens the record at a line and marks it. */
    public void focusLine(int line) {
        if (lines.contains(line)) {
            focused = line;
            getElement().executeJs(SCROLL_TO_LINE + """
                    const l = this.querySelector('#line-' + $0);
                    if (l) { l.classList.add('line-focus'); wrScroll(l, true); }
                    """, line);
        }
    }

    /** The line the record was opened at, or 0. */
    public int focusedLine() {
        return focused;
    }

    /**
     * While a picker is set, every line can be chosen by click, tap, Enter or Space: for "pick the
     * evidence" questions. {@code null} turns picking off.
     */
    public void setLinePicker(IntConsumer picker) {
        this.picker = picker;
        getClassNames().set("picking", picker != null);
        pickable(picker != null);
    }

    public boolean picking() {
        return picker != null;
    }

    private void pickable(boolean on) {
        getElement().executeJs("""
                this.querySelectorAll('.line').forEach(l => {
                  l.classList.toggle('pickable', $0);
                  if ($0) { l.tabIndex = 0; l.setAttribute('role', 'button'); }
                  else { l.removeAttribute('tabindex'); l.removeAttribute('role'); }
                });
                """, on);
    }

    /** Chooses a line as if the student had clicked it. */
    public void pick(int line) {
        if (picker != null && lines.contains(line)) {
            picker.accept(line);
        }
    }

    private record Key(LoadedLesson lesson, Locale locale) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.lesson == lesson && k.locale.equals(locale);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(lesson) * 31 + locale.hashCode();
        }
    }
}
