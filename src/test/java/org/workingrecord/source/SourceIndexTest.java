package org.workingrecord.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

class SourceIndexTest {

    private final SourceIndex index;

    SourceIndexTest() throws Exception {
        index = new SourceIndex(RecordParser.parse(Files.readString(RecordParserTest.SEED)));
    }

    @Test
    void findsQuotesAsTheReaderSeesThem() {
        SourceIndex.Span span = index.find("he incites capitulation").orElseThrow();
        assertThat(span.firstLine()).isEqualTo(16);
        assertThat(index.record().raw().substring(span.start(), span.end())).isEqualTo("he incites capitulation");
        // markup hidden: the source has <u>Liu Shaotsi</u>
        assertThat(index.find("(Comrade Liu Shaotsi)")).isPresent();
    }

    @Test
    void toleratesWhiteSpaceAndQuoteStyleButNothingElse() {
        assertThat(index.find("Comrade Mikoyan's   position\n is wrong")).isPresent();
        assertThat(index.find("Comrade Mikoyan’s position is wrong")).isPresent();
        assertThat(index.find("Comrade Mikoyans position is wrong")).isEmpty();
        assertThat(index.find("comrade mikoyan’s position is wrong")).isEmpty();
        assertThat(index.find("If we make concessions - they will see it as weakness")).isEmpty();
        assertThat(index.foundIgnoringDashes("If we make concessions - they will see it as weakness")).isTrue();
        assertThat(index.find("")).isEmpty();
    }

    @Test
    void quotesSpanningLinesReportEveryLine() {
        SourceIndex.Span span = index.find("Troops - real power. If we make concessions").orElseThrow();
        assertThat(span.firstLine()).isEqualTo(18);
        assertThat(span.lastLine()).isEqualTo(19);
    }

    @Test
    void knowsWhoseTurnAQuoteIsIn() {
        assertThat(index.turnAt(index.find("Reinforce with troops.").orElseThrow()).orElseThrow().speaker())
                .isEqualTo("Khrushchev");
        assertThat(index.turnAt(index.find("Postpone.").orElseThrow())).isEmpty();
    }
}
