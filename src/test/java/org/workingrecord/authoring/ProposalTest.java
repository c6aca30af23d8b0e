package org.workingrecord.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workingrecord.source.Entry;
import org.workingrecord.source.RecordFormatException;

/** What the app proposes for a record a teacher brings, in several notations, and its speakers grouped by person. */
class ProposalTest {

    /** A record written for this test (not a historical document), mixing the notations minutes use. */
    static final String COUNCIL = """
            Minutes of the School Council, 3 March 2026
            Present: N. S. Khrushchev, A. Novak, B. Smith, C. Jones.

            On the question of the school trip.
            Cde. Khrushchev—The trip should go ahead.
            It is good for the pupils.
            Novak: We need more money for the bus.
            It is too expensive. (Cde. Smith)
            N. S. Khrushchev: Ask the parents.

            Regarding the library.
            Comrade Novak. Open it on Saturdays.

            Decision: ask the parents.
            """;

    @Test
    void turnsInEveryNotationAreProposedWithTheirSpeakers() throws RecordFormatException {
        Proposal p = Proposal.of(COUNCIL);
        assertThat(p.record().title()).isEqualTo("Minutes of the School Council, 3 March 2026");
        assertThat(p.record().present()).containsExactly("N. S. Khrushchev", "A. Novak", "B. Smith", "C. Jones");
        assertThat(p.record().items()).hasSize(2);
        assertThat(p.record().turns()).extracting(Entry.Turn::speaker)
                .containsExactly("Khrushchev", "Novak", "Smith", "N. S. Khrushchev", "Novak");
        // a turn runs over lines until the next speaker
        assertThat(p.record().turns().get(0).segments()).hasSize(2);
    }

    @Test
    void namesThatLookLikeOnePersonAreSuggestedAsOne() throws RecordFormatException {
        Proposal p = Proposal.of(COUNCIL);
        assertThat(p.speakers()).extracting(Proposal.SpeakerGroup::suggestedId).containsExactly("khrushchev", "novak", "smith");
        Proposal.SpeakerGroup khrushchev = p.speakers().get(0);
        assertThat(khrushchev.written()).containsExactly("Khrushchev", "N. S. Khrushchev");
        assertThat(khrushchev.suggestedName()).isEqualTo("N. S. Khrushchev");
        assertThat(khrushchev.turns()).isEqualTo(2);
        assertThat(p.speakers().get(1).turns()).isEqualTo(2);
    }

    @Test
    void idsAreLettersDigitsAndHyphens() {
        assertThat(Proposal.slug("Gerő, Ernő!")).isEqualTo("gero-erno");
        assertThat(Proposal.surname("Liu Shaotsi")).isEqualTo("liu-shaotsi");
        assertThat(Proposal.surname("N. S. Khrushchev")).isEqualTo("khrushchev");
        assertThat(Proposal.slug("Юдин")).isEqualTo("speaker");
        assertThat(Proposal.surname("Юдин")).isEqualTo("юдин");
    }

    @Test
    void peopleWhoseNamesMakeNoLatinIdStillGetOneEach() throws RecordFormatException {
        Proposal p = Proposal.of("Working record\nPresent: Юдин, Суслов.\n\nЮдин: Да.\nСуслов: Нет.\n");
        assertThat(p.speakers()).extracting(Proposal.SpeakerGroup::written).containsExactly(List.of("Юдин"),
                List.of("Суслов"));
        assertThat(p.speakers()).extracting(Proposal.SpeakerGroup::suggestedId).containsExactly("speaker", "speaker-2");
    }

    @Test
    void aTextWithoutTurnsIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Proposal.of("Just a shopping list.\nMilk, bread.\n"))
                .isInstanceOf(RecordFormatException.class).hasMessageContaining("No speaker turns found");
    }
}
