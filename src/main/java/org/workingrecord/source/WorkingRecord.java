package org.workingrecord.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A parsed working record. {@code raw} is the file's text exactly as read. */
public record WorkingRecord(String raw, String title, List<String> present, List<String> guests,
                            List<Item> items, String citation, List<Segment> segments) {

    public WorkingRecord {
        present = List.copyOf(present);
        guests = List.copyOf(guests);
        items = List.copyOf(items);
        segments = List.copyOf(segments);
    }

    public List<Entry.Turn> turns() {
        List<Entry.Turn> turns = new ArrayList<>();
        for (Item item : items) {
            for (Entry entry : item.entries()) {
                if (entry instanceof Entry.Turn turn) {
                    turns.add(turn);
                }
            }
        }
        return turns;
    }

    /** Speakers in the order they first speak, names as written. */
    public List<String> speakers() {
        Set<String> names = new LinkedHashSet<>();
        turns().forEach(t -> names.add(t.speaker()));
        return List.copyOf(names);
    }

    public Optional<Segment> segment(int number) {
        return number >= 1 && number <= segments.size() ? Optional.of(segments.get(number - 1)) : Optional.empty();
    }
}
