package org.workingrecord.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecordParserTest {

    static final Path SEED = Path.of("lesson-plans/sources/presidium-1956-10-26.txt");

    static String read(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/records", name));
    }

    @Test
    void seedTurnsComeOutInOrderWithTheirSpeakers() throws Exception {
        WorkingRecord record = RecordParser.parse(Files.readString(SEED));
        assertThat(record.turns()).extracting(Entry.Turn::speaker).containsExactly(
                "Liu Shaotsi", "Bulganin", "Molotov", "Kaganovich", "Malenkov", "Zhukov", "Shepilov", "Furtseva",
                "Khrushchev");
    }

    @Test
    void seedHeaderItemsAndCitation() throws Exception {
        WorkingRecord record = RecordParser.parse(Files.readString(SEED));
        assertThat(record.title()).isEqualTo("Working Record of the Session of 26 October 1956");
        assertThat(record.present()).hasSize(13).startsWith("Bulganin", "Voroshilov").endsWith("Yudin");
        assertThat(record.guests()).containsExactly("Liu Shaotsi");
        assertThat(record.items()).extracting(Item::heading).containsExactly(
                "Exchange of opinions about the situation in Poland and Hungary.",
                "Regarding the situation in Hungary.",
                "Regarding Comrade Mikoyan's trip to Austria.");
        assertThat(record.citation()).startsWith("F.Z. Op.12. D.1005.").contains("Pencil");
    }

    @Test
    void seedNotesAreClassified() throws Exception {
        WorkingRecord record = RecordParser.parse(Files.readString(SEED));
        List<Entry> first = record.items().get(0).entries();
        assertThat(first).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Note", "Note", "Turn", "Note", "Note");
        assertThat(((Entry.Note) first.get(0)).kind()).isEqualTo(Entry.NoteKind.PROCEDURE);
        assertThat(((Entry.Note) first.get(1)).kind()).isEqualTo(Entry.NoteKind.DISTRIBUTION);
        assertThat(((Entry.Note) first.get(4)).text()).contains("ASK IGOR");
        Entry postpone = record.items().get(2).entries().get(0);
        assertThat(postpone).isInstanceOf(Entry.Note.class);
        assertThat(postpone.text()).isEqualTo("Postpone.");
    }

    @Test
    void attributionAfterTheStatementNamesTheSpeaker() throws Exception {
        WorkingRecord record = RecordParser.parse(Files.readString(SEED));
        Entry.Turn liu = record.turns().get(0);
        assertThat(liu.label()).isEmpty();
        assertThat(liu.text()).startsWith("The point about Rokossovsky").endsWith("Gomulka is allowing excesses.");
    }

    @Test
    void longTurnsRunOverManyLinesUntilTheNextItem() throws Exception {
        WorkingRecord record = RecordParser.parse(Files.readString(SEED));
        Entry.Turn khrushchev = record.turns().get(8);
        assertThat(khrushchev.segments()).hasSize(10);
        assertThat(khrushchev.text()).startsWith("Mikoyan is acting as he said.").endsWith("State it fin[ally] later.");
        Entry.Turn shepilov = record.turns().get(6);
        assertThat(shepilov.label()).isEqualTo("Shepilov. ");
        assertThat(shepilov.text()).contains("Troops - real power.").contains("A firm line should be taken.");
        Entry.Turn furtseva = record.turns().get(7);
        assertThat(furtseva.text()).contains("1000 c[onvicts] have been set free.");
    }

    @Test
    void everyEntryIsAVerbatimSpanOfTheInput() throws Exception {
        String raw = Files.readString(SEED);
        WorkingRecord record = RecordParser.parse(raw);
        assertThat(record.raw()).isSameAs(raw);
        for (Item item : record.items()) {
            for (Entry e : item.entries()) {
                assertThat(raw).contains(e.text());
                for (Segment s : e.segments()) {
                    assertThat(raw.substring(s.start(), s.end())).isEqualTo(s.raw());
                }
            }
        }
        Entry.Turn bulganin = record.turns().get(1);
        assertThat(raw.substring(bulganin.segments().get(0).start()))
                .startsWith(bulganin.label() + bulganin.text());
    }

    @Test
    void markupIsKeptInTheTextAndHiddenForDisplay() throws Exception {
        WorkingRecord record = RecordParser.parse(Files.readString(SEED));
        Entry.Turn liu = record.turns().get(0);
        assertThat(liu.text()).contains("<u>Liu Shaotsi</u>");
        assertThat(Markup.hide(liu.text())).contains("(Comrade Liu Shaotsi)");
    }

    @Test
    void readingLinesAreNumberedInOrder() throws Exception {
        WorkingRecord record = RecordParser.parse(Files.readString(SEED));
        assertThat(record.segments()).hasSize(34);
        assertThat(record.segment(12).orElseThrow().display()).startsWith("Comrade Bulganin.");
        assertThat(record.segment(34).orElseThrow().display()).startsWith("F.Z.");
        assertThat(record.segment(35)).isEmpty();
    }

    @Test
    void cdeWithDashAndSpeaksInFavour() throws Exception {
        WorkingRecord record = RecordParser.parse(read("cde-dash.txt"));
        assertThat(record.title()).isEqualTo("Working Record of the Session of 3 November 1956");
        assertThat(record.present()).containsExactly("Khrushchev", "Bulganin", "Molotov", "Zhukov");
        assertThat(record.turns()).extracting(Entry.Turn::speaker).containsExactly("Khrushchev", "Molotov", "Zhukov");
        assertThat(record.turns().get(0).text()).isEqualTo("We must act before the 4th. The army is ready.\nEverything has been prepared.");
        assertThat(record.turns().get(1).text()).isEqualTo("Agrees.");
        assertThat(record.turns().get(2).text()).isEqualTo("(speaks in favour)");
        Entry decision = record.items().get(0).entries().get(3);
        assertThat(decision).isInstanceOf(Entry.Note.class);
        assertThat(((Entry.Note) decision).kind()).isEqualTo(Entry.NoteKind.DECISION);
        assertThat(record.citation()).isEqualTo("F. 3. Op. 12. D. 1006. L. 1-2.");
    }

    @Test
    void colonNotationWithNumberedItems() throws Exception {
        WorkingRecord record = RecordParser.parse(read("colon.txt"));
        assertThat(record.title()).isEqualTo("Minutes of the Working Group, 2 May 1957");
        assertThat(record.items()).extracting(Item::heading).containsExactly("1. On the school calendar.", "2. On the budget.");
        assertThat(record.turns()).extracting(Entry.Turn::speaker).containsExactly("Ivanova", "Petrov", "Sidorov", "Petrov");
        assertThat(record.items().get(0).entries().get(2)).isInstanceOf(Entry.Note.class);
        assertThat(((Entry.Note) record.items().get(0).entries().get(2)).kind()).isEqualTo(Entry.NoteKind.DISTRIBUTION);
        assertThat(record.citation()).isEmpty();
    }

    @Test
    void bareNamesOpenTurnsOnlyForKnownPeople() throws Exception {
        WorkingRecord record = RecordParser.parse(read("bare.txt"));
        assertThat(record.title()).isEqualTo("Working Record");
        assertThat(record.turns()).extracting(Entry.Turn::speaker).containsExactly("Mikoyan", "Suslov");
        assertThat(record.turns().get(0).text()).isEqualTo("The situation is calm. The troops should stay outside the city.");
        assertThat(record.items().get(0).entries().get(2)).isInstanceOf(Entry.Note.class);
    }

    @Test
    void extraNamesFromALessonOpenBareTurns() throws Exception {
        String raw = "Regarding the plan.\nKosygin. Agrees.\n";
        assertThatThrownBy(() -> RecordParser.parse(raw)).isInstanceOf(RecordFormatException.class);
        assertThat(RecordParser.parse(raw, List.of("Kosygin")).turns()).extracting(Entry.Turn::speaker)
                .containsExactly("Kosygin");
    }

    @Test
    void unreadableInputGetsAClearMessage() throws Exception {
        assertThatThrownBy(() -> RecordParser.parse("  \n\n")).hasMessageContaining("empty");
        assertThatThrownBy(() -> RecordParser.parse(read("prose.txt"))).hasMessageContaining("No speaker turns found");
        assertThatThrownBy(() -> RecordParser.parse(new byte[] {'P', 'K', 3, 4, 0, 0, 1}))
                .hasMessageContaining("not a text file");
        assertThatThrownBy(() -> RecordParser.parse(new byte[] {'a', (byte) 0xC3, (byte) 0x28}))
                .hasMessageContaining("not a UTF-8 text file");
        assertThat(RecordParser.parse("Present: Nagy.\nNagy: Hello.".getBytes(StandardCharsets.UTF_8)).turns()).hasSize(1);
    }
}
