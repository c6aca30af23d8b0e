package org.workingrecord.source;

import java.util.List;

/** A turn or a note inside an item. Every text is a verbatim span of the raw record. */
public sealed interface Entry permits Entry.Turn, Entry.Note {

    /** The verbatim text of the entry (markup included; use {@link Markup#hide} to display). */
    String text();

    /** The reading lines this entry covers, in order. */
    List<Segment> segments();

    /**
     * A speaker's words.
     *
     * @param speaker the name as written, without "Comrade"/"Cde." and without markup
     * @param label   the verbatim label that introduced the turn ("Comrade Bulganin."), empty when
     *                the speaker is named after the statement
     */
    record Turn(String speaker, String label, String text, List<Segment> segments) implements Entry {
        public Turn {
            segments = List.copyOf(segments);
        }
    }

    /** A decision, a procedural remark or a distribution list. */
    record Note(NoteKind kind, String text, List<Segment> segments) implements Entry {
        public Note {
            segments = List.copyOf(segments);
        }
    }

    enum NoteKind { DECISION, PROCEDURE, DISTRIBUTION }
}
