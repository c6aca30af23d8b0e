package org.workingrecord.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workingrecord.support.TestRecords;

/** A teacher's corrections of single lines: turns split, merged, given to another speaker, made notes or headings; text untouched. */
class LineFixTest {

    private static WorkingRecord read(LineFix... fixes) throws RecordFormatException {
        return RecordParser.parse(TestRecords.COUNCIL, List.of(), List.of(fixes));
    }

    private static List<String> turns(WorkingRecord r) {
        return r.turns().stream().map(t -> t.speaker() + ": " + Markup.hide(t.text()).replaceAll("\\s+", " ").strip()).toList();
    }

    @Test
    void asTheParserReadsItWithoutCorrections() throws Exception {
        WorkingRecord r = read();
        assertThat(r.segments().get(6).display()).isEqualTo("It is too expensive. (Cde. Smith)");
        assertThat(turns(r)).containsExactly("Khrushchev: The trip should go ahead. It is good for the pupils.",
                "Novak: We need more money for the bus.", "Smith: It is too expensive. (Cde. Smith)",
                "N. S. Khrushchev: Ask the parents.", "Novak: Open it on Saturdays.");
    }

    @Test
    void aLineJoinsTheTurnAboveAndAnotherStartsATurnOfSomeoneElse() throws Exception {
        WorkingRecord r = read(new LineFix(7, LineFix.As.CONTINUES, ""), new LineFix(5, LineFix.As.TURN, "Novak"));
        assertThat(turns(r)).containsExactly("Khrushchev: The trip should go ahead.", "Novak: It is good for the pupils.",
                "Novak: We need more money for the bus. It is too expensive. (Cde. Smith)",
                "N. S. Khrushchev: Ask the parents.", "Novak: Open it on Saturdays.");
        // every entry is still a verbatim span of the text
        for (Item item : r.items()) {
            for (Entry e : item.entries()) {
                assertThat(TestRecords.COUNCIL).contains(e.text());
            }
        }
    }

    @Test
    void aTurnBecomesANoteAndANoteAHeadingAndTheSpeakerOfATurnChanges() throws Exception {
        WorkingRecord r = read(new LineFix(10, LineFix.As.NOTE, ""), new LineFix(11, LineFix.As.HEADING, ""),
                new LineFix(8, LineFix.As.TURN, "Smith"));
        assertThat(turns(r)).containsExactly("Khrushchev: The trip should go ahead. It is good for the pupils.",
                "Novak: We need more money for the bus.", "Smith: It is too expensive. (Cde. Smith)", "Smith: Ask the parents.");
        // the label stays the record's words: only who speaks is the teacher's
        assertThat(r.turns().get(3).label()).isEqualTo("N. S. Khrushchev: ");
        assertThat(r.items()).extracting(Item::heading).containsExactly("On the question of the school trip.", "Regarding the library.",
                "Decision: ask the parents.");
        assertThat(r.items().get(1).entries()).singleElement().isInstanceOf(Entry.Note.class);
    }

    @Test
    void onlyLinesOfTheDiscussionCanBeCorrectedEachOnce() {
        assertThatThrownBy(() -> read(new LineFix(2, LineFix.As.NOTE, ""))).isInstanceOf(RecordFormatException.class)
                .hasMessageStartingWith("Line 2 is not part of the discussion");
        assertThatThrownBy(() -> read(new LineFix(5, LineFix.As.NOTE, ""), new LineFix(5, LineFix.As.HEADING, "")))
                .hasMessage("Line 5 is corrected twice: keep one correction.");
        assertThatThrownBy(() -> new LineFix(5, LineFix.As.TURN, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
