package org.workingrecord.authoring.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.workingrecord.shell.Html;
import org.workingrecord.source.Entry;
import org.workingrecord.source.Item;
import org.workingrecord.source.LineFix;
import org.workingrecord.source.Segment;
import org.workingrecord.source.WorkingRecord;

import com.vaadin.flow.component.html.Div;

/**
 * What the app found in a record, line by line beside the text itself: title, Present list, headings,
 * each speaker's turn (the name as written), notes, citation. Written once as escaped HTML, so a long
 * record is one element on the server, not hundreds.
 */
final class StructureTable extends Div {

    StructureTable(WorkingRecord record) {
        this(record, List.of());
    }

    /** The record as read with the teacher's corrections, each corrected line marked so. */
    StructureTable(WorkingRecord record, List<LineFix> fixes) {
        addClassName("structure-table");
        Map<Integer, String> kind = new HashMap<>();
        Map<Integer, String> speaker = new HashMap<>();
        for (Item item : record.items()) {
            if (item.headingSegment() != null) {
                kind.put(item.headingSegment().number(), getTranslation("sources.structure.heading"));
            }
            for (Entry e : item.entries()) {
                for (Segment s : e.segments()) {
                    if (e instanceof Entry.Turn t) {
                        kind.put(s.number(), getTranslation(s == e.segments().get(0) ? "sources.structure.turn" : "sources.structure.turn-on"));
                        speaker.put(s.number(), t.speaker());
                    } else if (e instanceof Entry.Note n) {
                        kind.put(s.number(), getTranslation("sources.structure.note." + n.kind().name().toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        StringBuilder html = new StringBuilder("<table><caption>").append(esc(getTranslation("sources.structure.caption")))
                .append("</caption><thead><tr><th scope=\"col\">").append(esc(getTranslation("sources.structure.line")))
                .append("</th><th scope=\"col\">").append(esc(getTranslation("sources.structure.what")))
                .append("</th><th scope=\"col\">").append(esc(getTranslation("sources.structure.speaker")))
                .append("</th><th scope=\"col\">").append(esc(getTranslation("sources.structure.text"))).append("</th></tr></thead><tbody>");
        int firstBody = kind.keySet().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        for (Segment s : record.segments()) {
            String what = kind.getOrDefault(s.number(), getTranslation(s.number() < firstBody ? "sources.structure.header"
                    : "sources.structure.citation"));
            if (fixes.stream().anyMatch(f -> f.line() == s.number())) {
                what = getTranslation("sources.structure.corrected", what);
            }
            html.append("<tr><td>").append(s.number()).append("</td><td>").append(esc(what)).append("</td><td>")
                    .append(esc(speaker.getOrDefault(s.number(), ""))).append("</td><td>").append(esc(s.display())).append("</td></tr>");
        }
        getElement().setProperty("innerHTML", html.append("</tbody></table>").toString());
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("sources.structure.caption"));
    }

    private static String esc(String s) {
        return Html.esc(s);
    }
}
