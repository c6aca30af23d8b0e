package org.workingrecord.lesson.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Annotation;
import org.workingrecord.lesson.LessonPlan.GlossaryTerm;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.shell.Html;
import org.workingrecord.source.Entry;
import org.workingrecord.source.Item;
import org.workingrecord.source.Segment;
import org.workingrecord.source.TextMarks;
import org.workingrecord.source.WorkingRecord;

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

    static final int PALETTE_SIZE = 9;

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
    private final Set<Integer> lines = new LinkedHashSet<>();
    private final List<Integer> highlighted = new ArrayList<>();
    private IntConsumer picker;
    private int focused;

    /** The structured record of a lesson's source. */
    public RecordPanel(LoadedLesson lesson) {
        addClassName("record");
        lesson.record().segments().forEach(s -> lines.add(s.number()));
        lineCount = lines.size();
        String html = RENDERED.computeIfAbsent(new Key(lesson, getLocale()),
                k -> new Renderer(lesson, this::getTranslation).render());
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

    static int colourOf(LessonPlan plan, String asWritten) {
        List<Speaker> speakers = plan.speakers();
        for (int i = 0; i < speakers.size(); i++) {
            if (speakers.get(i).aliases().contains(asWritten)) {
                return i % PALETTE_SIZE;
            }
        }
        return PALETTE_SIZE;
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

    /** Writes the record as HTML, once. Every text from the lesson is escaped. */
    private static final class Renderer {
        private final LessonPlan plan;
        private final WorkingRecord record;
        private final Translator words;
        private final Map<String, String> phrases = new LinkedHashMap<>();
        private final Map<String, String[]> explanations = new HashMap<>();
        private final StringBuilder out = new StringBuilder(64 * 1024);
        private int ids;

        interface Translator {
            String translate(String key, Object... params);
        }

        Renderer(LoadedLesson lesson, Translator words) {
            this.plan = lesson.plan();
            this.record = lesson.record();
            this.words = words;
            int n = 0;
            for (Annotation a : plan.source().annotations()) {
                String key = "a" + n++;
                phrases.put(a.quote(), key);
                explanations.put(key, new String[] {words.translate("reader.annotation", a.kind()), a.note()});
            }
            for (GlossaryTerm g : plan.glossary()) {
                String key = "g" + n++;
                g.matches().forEach(m -> phrases.putIfAbsent(m, key));
                explanations.put(key, new String[] {g.term(), g.definition()});
            }
        }

        String render() {
            Map<Integer, Entry> entryStarts = new HashMap<>();
            Set<Integer> headings = new LinkedHashSet<>();
            Set<Integer> inEntries = new LinkedHashSet<>();
            for (Item item : record.items()) {
                if (item.headingSegment() != null) {
                    headings.add(item.headingSegment().number());
                }
                item.entries().forEach(e -> {
                    entryStarts.put(e.segments().get(0).number(), e);
                    e.segments().forEach(s -> inEntries.add(s.number()));
                });
            }
            int firstBody = firstBodyLine();
            for (Segment s : record.segments()) {
                if (headings.contains(s.number())) {
                    out.append("<h2 class=\"item-heading\">");
                    line(s);
                    out.append("</h2>");
                } else if (entryStarts.containsKey(s.number())) {
                    entry(entryStarts.get(s.number()));
                } else if (!inEntries.contains(s.number())) {
                    out.append("<div class=\"").append(s.number() < firstBody ? "record-header" : "record-citation").append("\">");
                    line(s);
                    out.append("</div>");
                }
            }
            return out.toString();
        }

        private int firstBodyLine() {
            return record.items().isEmpty() ? Integer.MAX_VALUE
                    : record.items().get(0).headingSegment() != null ? record.items().get(0).headingSegment().number()
                    : record.items().get(0).entries().get(0).segments().get(0).number();
        }

        private void entry(Entry entry) {
            if (entry instanceof Entry.Turn turn) {
                int colour = colourOf(plan, turn.speaker());
                out.append("<div class=\"turn speaker-").append(colour).append("\" data-speaker=\"").append(esc(turn.speaker()))
                        .append("\"><div class=\"turn-head\">");
                Optional<Speaker> speaker = plan.speakerNamed(turn.speaker());
                String chip = "<button type=\"button\" class=\"speaker-chip speaker-" + colour + "\" aria-label=\""
                        + esc(words.translate("reader.speaker-card", turn.speaker())) + "\"%s>" + esc(turn.speaker()) + "</button>";
                if (speaker.isPresent()) {
                    Speaker sp = speaker.get();
                    explained(id -> String.format(chip, " aria-describedby=\"" + id + "\""), sp.name() + " – " + sp.role(), sp.bio());
                } else {
                    out.append(String.format(chip, ""));
                }
                out.append("</div>");
            } else if (entry instanceof Entry.Note note) {
                String kind = note.kind().name().toLowerCase(Locale.ROOT);
                out.append("<div class=\"note note-").append(kind).append("\"><span class=\"note-kind\">")
                        .append(esc(words.translate("reader.note." + kind))).append("</span>");
            }
            for (Segment s : entry.segments()) {
                line(s);
            }
            out.append("</div>");
        }

        private void line(Segment s) {
            out.append("<div class=\"line\" id=\"line-").append(s.number()).append("\" data-line=\"").append(s.number())
                    .append("\"><span class=\"line-no\"><span class=\"sr-only\">")
                    .append(esc(words.translate("reader.line", "").strip())).append(" </span>").append(s.number())
                    .append("</span><span class=\"line-text\">");
            List<TextMarks.Run> runs = TextMarks.runs(s.raw(), phrases);
            for (int i = 0; i < runs.size(); i++) {
                String phrase = runs.get(i).phrase();
                if (phrase == null) {
                    run(runs.get(i));
                    continue;
                }
                // One explained phrase may cross marks ("Military-Rev[olutionary] C[ommittee]"): one target, one explanation.
                StringBuilder group = new StringBuilder();
                while (i < runs.size() && phrase.equals(runs.get(i).phrase())) {
                    group.append(styled(runs.get(i)));
                    i++;
                }
                i--;
                String[] e = explanations.get(phrase);
                String cls = phrase.startsWith("a") ? "annotated" : "term";
                explained(id -> "<span class=\"" + cls + "\" tabindex=\"0\" aria-describedby=\"" + id + "\">" + group + "</span>",
                        e[0], e[1]);
            }
            out.append("</span></div>");
        }

        private static String styled(TextMarks.Run run) {
            List<String> classes = new ArrayList<>();
            if (run.underlined()) {
                classes.add("underlined");
            }
            if (run.mark() == TextMarks.Mark.COMPLETION) {
                classes.add("mark-completion");
            } else if (run.mark() == TextMarks.Mark.INSERTION) {
                classes.add("mark-insertion");
            }
            return classes.isEmpty() ? esc(run.text())
                    : "<span class=\"" + String.join(" ", classes) + "\">" + esc(run.text()) + "</span>";
        }

        /** A run outside explained phrases; editorial marks and underlining get their own explanation. */
        private void run(TextMarks.Run run) {
            String key = run.mark() == TextMarks.Mark.COMPLETION ? "reader.mark.completion"
                    : run.mark() == TextMarks.Mark.INSERTION ? "reader.mark.insertion"
                    : run.underlined() ? "reader.mark.underline" : null;
            if (key == null) {
                out.append(esc(run.text()));
                return;
            }
            String inner = styled(run);
            explained(id -> "<span class=\"mark\" tabindex=\"0\" aria-describedby=\"" + id + "\">" + inner + "</span>",
                    run.text(), words.translate(key));
        }

        /** A target and its explanation, shown on hover, focus or tap, read out as the target's description. */
        private void explained(UnaryOperator<String> target, String heading, String text) {
            String id = "explain-" + ++ids;
            out.append("<span class=\"explained\">").append(target.apply(id))
                    .append("<span class=\"explain-body\" role=\"tooltip\" id=\"").append(id).append("\">")
                    .append("<span class=\"explain-title\">").append(esc(heading)).append("</span>")
                    .append("<span class=\"explain-text\">").append(esc(text)).append("</span></span></span>");
        }

        private static String esc(String s) {
            return Html.esc(s);
        }
    }
}
