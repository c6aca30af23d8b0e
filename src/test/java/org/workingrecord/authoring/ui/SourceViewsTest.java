package org.workingrecord.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.authoring.SourceAuthoring;
import org.workingrecord.authoring.SourceForm;
import org.workingrecord.lesson.ui.RecordPanel;
import org.workingrecord.support.TestRecords;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** A teacher brings a record in the browser: pastes it, sees what was found, names the speakers, saves, shares. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "ms.sources", roles = "TEACHER")
class SourceViewsTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TeacherSeeding seeding;

    @Autowired
    SourceAuthoring authoring;

    private TeacherInfo me;

    @BeforeEach
    void teacherAccount() {
        me = accounts.byUsername("ms.sources").orElseGet(() -> seeding.seedTeacher("ms.sources", "Ms Sources", "long enough password"));
    }

    private void fill(String label, String value) {
        TextField field = find(TextField.class).withLabel(label).all().stream().findFirst().orElse(null);
        if (field != null) {
            test(field).setValue(value);
        } else {
            test(find(TextArea.class).withLabel(label).single()).setValue(value);
        }
    }

    @Test
    void aPastedRecordIsReadSpeakersNamedAndSaved() {
        UI.getCurrent().navigate("teach/sources/new");
        assertThat(find(H1.class).single().getText()).isEqualTo("Bring a record");
        // nothing pasted: a clear message, nothing else happens
        test(find(Button.class).withText("Read the record").single()).click();
        assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
                .isEqualTo("Nothing was pasted: paste the record's text, or upload its file.");
        fill("Paste the record’s text", "Just a shopping list.\nMilk, bread.");
        test(find(Button.class).withText("Read the record").single()).click();
        assertThat(find(Paragraph.class).withClassName("form-error").single().getText()).startsWith("No speaker turns found.");

        fill("Paste the record’s text", TestRecords.COUNCIL);
        test(find(Button.class).withText("Read the record").single()).click();
        assertThat(find(Paragraph.class).withClassName("form-error").exists()).as("the error is gone").isFalse();
        // what was found, line by line beside the text
        Document table = Jsoup.parseBodyFragment(find(StructureTable.class).single().getElement().getProperty("innerHTML"));
        assertThat(table.select("tbody tr").get(0).select("td")).extracting(Element::text)
                .containsExactly("1", "Title or attendance", "", "Minutes of the School Council, 3 March 2026");
        assertThat(table.select("tbody tr").get(2).select("td").get(1).text()).isEqualTo("Heading");
        assertThat(table.select("tbody tr").get(3).select("td")).extracting(Element::text)
                .containsExactly("4", "Turn", "Khrushchev", "Cde. Khrushchev—The trip should go ahead.");
        assertThat(table.select("tbody tr").get(4).select("td")).extracting(Element::text)
                .containsExactly("5", "Turn, continued", "Khrushchev", "It is good for the pupils.");
        assertThat(table.select("tbody tr").last().select("td").get(1).text()).isEqualTo("Decision or note");

        // the speakers as proposed: one person under both spellings, with the fullest name
        assertThat(find(TextField.class).withLabel("Name students see (Khrushchev, N. S. Khrushchev)").single().getValue())
                .isEqualTo("N. S. Khrushchev");
        assertThat(find(TextField.class).withLabel("Name students see (Novak)").single().getValue()).isEqualTo("A. Novak");
        // saving without the rest says what to fix, and saves nothing
        test(find(Button.class).withText("Save the record").single()).click();
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Write the citation: where the record was published or is kept.");
        assertThat(authoring.visibleTo(me.id())).filteredOn(SourceAuthoring.SourceSummary::mine)
                .noneMatch(m -> m.title().startsWith("Minutes of the School Council"));

        fill("Citation", "Minutes of the School Council, 3 March 2026 (made up for the tests).");
        fill("Rights and permission", "Written for the tests; free to use.");
        for (String who : List.of("Khrushchev, N. S. Khrushchev", "Novak", "Smith")) {
            fill("Role on that date (" + who + ")", "Council member");
            fill("Who they were (" + who + ")", "A member of the school council.");
        }
        test(find(Button.class).withText("Save the record").single()).click();
        // the record as students will read it, speakers labelled with the names given
        assertThat(find(H1.class).single().getText()).isEqualTo("Minutes of the School Council, 3 March 2026");
        Document record = Jsoup.parseBodyFragment(find(RecordPanel.class).single().html());
        assertThat(record.select("div.turn")).extracting(t -> t.attr("data-speaker"))
                .containsExactly("Khrushchev", "Novak", "Smith", "N. S. Khrushchev", "Novak");
        assertThat(record.select("div.turn").get(0).text()).contains("N. S. Khrushchev – Council member");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).anyMatch(t -> t.startsWith("Version 1, saved "));

        // a new version, then shared
        fill("Role on that date (Smith)", "Council secretary");
        test(find(Button.class).withText("Save a new version").single()).click();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).anyMatch(t -> t.startsWith("Version 2, saved "));
        test(find(Checkbox.class).withCaption("Share with the other teachers on this server").single()).click();
        assertThat(authoring.visibleTo(me.id())).filteredOn(SourceAuthoring.SourceSummary::mine)
                .filteredOn(m -> m.title().startsWith("Minutes of the School Council")).singleElement()
                .satisfies(m -> assertThat(m.shared()).isTrue());

        UI.getCurrent().navigate("teach/sources");
        assertThat(find(Anchor.class).withText("Minutes of the School Council, 3 March 2026").exists()).isTrue();
    }

    @Test
    void theTeacherCorrectsWhoIsWhoBothWays() {
        UI.getCurrent().navigate("teach/sources/new");
        fill("Paste the record’s text", TestRecords.NAMESAKES);
        test(find(Button.class).withText("Read the record").single()).click();
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Written as: A. Kovács, B. Kovács",
                "Written as: Liu Shaotsi", "Written as: Shaotsi");
        // two people share a surname: one of the names is someone else
        test(find(Button.class).withText("“B. Kovács” is someone else").single()).click();
        // one person is written two ways the app did not see
        test(find(Select.class).withLabel("The same person as (Shaotsi)").single()).selectItem("Liu Shaotsi");
        assertThat(find(H3.class).all()).extracting(H3::getText).filteredOn(t -> t.startsWith("Written as"))
                .containsExactly("Written as: A. Kovács", "Written as: B. Kovács", "Written as: Liu Shaotsi, Shaotsi");
        fill("Citation", "Made up for the tests.");
        fill("Rights and permission", "Free to use.");
        for (String who : List.of("A. Kovács", "B. Kovács", "Liu Shaotsi, Shaotsi")) {
            fill("Role on that date (" + who + ")", "Club member");
            fill("Who they were (" + who + ")", "A member of the debating club.");
        }
        test(find(Button.class).withText("Save the record").single()).click();
        assertThat(find(H1.class).single().getText()).isEqualTo("Minutes of the Debating Club, 4 March 2026");
        Document record = Jsoup.parseBodyFragment(find(RecordPanel.class).single().html());
        // each turn's card names the person: B. Kovács is not A. Kovács, Shaotsi is Liu Shaotsi
        assertThat(record.select("div.turn")).extracting(t -> t.selectFirst(".explain-title").text())
                .containsExactly("A. Kovács – Club member", "B. Kovács – Club member", "Liu Shaotsi – Club member",
                        "Liu Shaotsi – Club member");
    }

    @Test
    void anotherTeachersPrivateRecordIsNotFoundByItsAddress() throws Exception {
        TeacherInfo other = accounts.byUsername("mr.other.sources")
                .orElseGet(() -> seeding.seedTeacher("mr.other.sources", "Mr Other", "long enough password"));
        SourceForm form = new SourceForm("Mr Other's council", "c", "r", List.of(
                new SourceForm.SpeakerForm("khrushchev", "K", List.of("Khrushchev", "N. S. Khrushchev"), "r", "b"),
                new SourceForm.SpeakerForm("novak", "N", List.of("Novak"), "r", "b"),
                new SourceForm.SpeakerForm("smith", "S", List.of("Smith"), "r", "b")));
        long id = authoring.create(other.id(), TestRecords.COUNCIL, form).id().orElseThrow();
        UI.getCurrent().navigate("teach/sources/" + id);
        assertThat(find(H1.class).all()).extracting(H1::getText).doesNotContain("Mr Other's council");
        assertThat(find(Div.class).all().stream().map(d -> d.getElement().getTextRecursively()))
                .anyMatch(t -> t.contains("There is no such record, or it is another teacher's and not shared."));
        UI.getCurrent().navigate("teach/sources/not-a-number");
        assertThat(find(H1.class).all()).extracting(H1::getText).doesNotContain("Mr Other's council");
        // shared, it can be read but not changed
        authoring.share(other.id(), id, true);
        UI.getCurrent().navigate("teach/sources/" + id);
        assertThat(find(H1.class).single().getText()).isEqualTo("Mr Other's council");
        assertThat(find(Button.class).withText("Save a new version").exists()).isFalse();
        assertThat(find(Button.class).withText("Remove this record").exists()).isFalse();
    }

    @Test
    void aLineReadWronglyIsCorrectedOnThePageAndTheCorrectionIsSaved() {
        UI.getCurrent().navigate("teach/sources/new");
        fill("Paste the record’s text", TestRecords.COUNCIL);
        test(find(Button.class).withText("Read the record").single()).click();
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Written as: Smith");
        // "It is too expensive. (Cde. Smith)" is Novak's, not Smith's: it belongs to the turn above
        test(find(IntegerField.class).withLabel("Line").single()).setValue(7);
        test(find(Select.class).withLabel("The line is").single()).selectItem("Part of the entry above it");
        test(find(Button.class).withText("Correct this line").single()).click();
        Document table = Jsoup.parseBodyFragment(find(StructureTable.class).single().getElement().getProperty("innerHTML"));
        assertThat(table.select("tbody tr").get(6).select("td")).extracting(Element::text)
                .containsExactly("7", "Turn, continued (your correction)", "Novak", "It is too expensive. (Cde. Smith)");
        assertThat(find(H3.class).all()).extracting(H3::getText).doesNotContain("Written as: Smith");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("Line 7: part of the entry above");
        // a line of the header cannot be corrected: the page says why and keeps what it had
        test(find(IntegerField.class).withLabel("Line").single()).setValue(1);
        test(find(Select.class).withLabel("The line is").single()).selectItem("A heading");
        test(find(Button.class).withText("Correct this line").single()).click();
        assertThat(find(Paragraph.class).withClassName("form-error").all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Line 1 is not part of the discussion"));

        fill("Title", "School council, corrected on the page");
        fill("Citation", "Minutes of the School Council (made up for the tests).");
        fill("Rights and permission", "Free to use.");
        for (String who : List.of("Khrushchev, N. S. Khrushchev", "Novak")) {
            fill("Role on that date (" + who + ")", "Council member");
            fill("Who they were (" + who + ")", "A member of the school council.");
        }
        test(find(Button.class).withText("Save the record").single()).click();
        Document record = Jsoup.parseBodyFragment(find(RecordPanel.class).single().html());
        assertThat(record.select("div.turn")).extracting(t -> t.attr("data-speaker"))
                .containsExactly("Khrushchev", "Novak", "N. S. Khrushchev", "Novak");
        // on the saved record the correction is listed, and can be undone in the next version
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("Line 7: part of the entry above");
    }

    @Test
    void hardWordsNotesAndPanelsAreAddedToASavedRecordEachAsANewVersion() throws Exception {
        SourceForm form = new SourceForm("Council to explain", "Made up for the tests.", "Free to use.", List.of(
                new SourceForm.SpeakerForm("khrushchev", "N. S. Khrushchev", List.of("Khrushchev", "N. S. Khrushchev"), "Chair", "Chairs."),
                new SourceForm.SpeakerForm("novak", "A. Novak", List.of("Novak"), "Member", "A member."),
                new SourceForm.SpeakerForm("smith", "B. Smith", List.of("Smith"), "Member", "A member.")));
        long id = authoring.create(me.id(), TestRecords.COUNCIL, form).id().orElseThrow();
        UI.getCurrent().navigate("teach/sources/" + id);
        fill("Words to explain", "school trip");
        fill("What they mean", "A day out of school with the class.");
        test(find(Button.class).withText("Add to the glossary").single()).click();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).anyMatch(t -> t.startsWith("Version 2, saved "))
                .contains("school trip: A day out of school with the class.");
        assertThat(authoring.open(me.id(), id).orElseThrow().pack().glossary()).singleElement()
                .satisfies(g -> assertThat(g.term()).isEqualTo("school trip"));

        // a note on words the record does not have: the check says so, nothing is saved
        fill("Words the note is about", "the school bus");
        fill("What kind of note", "uncertain reading");
        fill("The note", "Perhaps the secretary misheard.");
        test(find(Button.class).withText("Add the note").single()).click();
        assertThat(find(Paragraph.class).withClassName("form-error").all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("the school bus"));
        assertThat(authoring.open(me.id(), id).orElseThrow().version()).isEqualTo(2);

        fill("Heading", "Who wrote these minutes?");
        fill("What students should know", "The council's secretary, a pupil.");
        test(find(Button.class).withText("Add the panel").single()).click();
        SourceAuthoring.SourceDetail d = authoring.open(me.id(), id).orElseThrow();
        assertThat(d.version()).isEqualTo(3);
        assertThat(d.pack().source().provenance()).extracting(p -> p.label())
                .containsExactly("Who wrote these minutes?", "Rights and permission");
        assertThat(d.pack().glossary()).hasSize(1);
        // removed again, by its own button
        test(find(Button.class).withAttribute("aria-label", "Remove: school trip: A day out of school with the class.").single()).click();
        assertThat(authoring.open(me.id(), id).orElseThrow().pack().glossary()).isEmpty();
    }
}
