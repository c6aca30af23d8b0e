package org.workingrecord.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workingrecord.source.Entry;
import org.workingrecord.source.RecordFormatException;
import org.workingrecord.support.TestRecords;

/** What the app proposes for a record a teacher brings, in several notations, and its speakers grouped by person. */
class ProposalTest {

    private static final String COUNCIL = TestRecords.COUNCIL;

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
    void theGuessCanBeWrongBothWays() throws RecordFormatException {
        // the teacher corrects these on the form: two Kovács are two people, Shaotsi is Liu Shaotsi
        Proposal p = Proposal.of(TestRecords.NAMESAKES);
        assertThat(p.speakers()).extracting(Proposal.SpeakerGroup::written)
                .containsExactly(List.of("A. Kovács", "B. Kovács"), List.of("Liu Shaotsi"), List.of("Shaotsi"));
    }

    @Test
    void aTextWithoutTurnsIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Proposal.of("Just a shopping list.\nMilk, bread.\n"))
                .isInstanceOf(RecordFormatException.class).hasMessageContaining("No speaker turns found");
    }
}
