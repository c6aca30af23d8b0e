package org.workingrecord.source;

import java.util.List;

/** An agenda item: its heading as written and the entries under it. */
public record Item(String heading, Segment headingSegment, List<Entry> entries) {
    public Item {
        entries = List.copyOf(entries);
    }
}
