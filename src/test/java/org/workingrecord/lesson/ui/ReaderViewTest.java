package org.workingrecord.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.shell.NotFoundView;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

@SpringBootTest
@ActiveProfiles("test")
class ReaderViewTest extends SpringBrowserlessTest {

    /** The record as the browser gets it: HTML rendered once per lesson. */
    private Document record() {
        return Jsoup.parseBodyFragment(find(RecordPanel.class).single().html());
    }

    /** What opens on hover, focus or tap: the element the target's aria-describedby names. */
    private static String explanationOf(Document record, Element target) {
        String id = target.attr("aria-describedby");
        assertThat(id).as("explained target has a description").isNotEmpty();
        Element body = record.getElementById(id);
        assertThat(body).isNotNull();
        assertThat(body.attr("role")).isEqualTo("tooltip");
        return body.text();
    }

    @Test
    void theRecordIsShownTurnByTurnWithLabelledSpeakers() {
        navigate("lessons/who-said-what/source", ReaderView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Working Record of the Session of 26 October 1956");
        Document record = record();
        List<Element> turns = record.select("div.turn");
        assertThat(turns).extracting(t -> t.attr("data-speaker")).containsExactly(
                "Liu Shaotsi", "Bulganin", "Molotov", "Kaganovich", "Malenkov", "Zhukov", "Shepilov", "Furtseva", "Khrushchev");
        // colour is never the only cue: each turn carries the name in words and a distinct colour class
        assertThat(record.select("button.speaker-chip")).extracting(Element::ownText)
                .containsExactly("Liu Shaotsi", "Bulganin", "Molotov", "Kaganovich", "Malenkov", "Zhukov", "Shepilov",
                        "Furtseva", "Khrushchev");
        assertThat(turns.stream().map(t -> t.classNames().stream().filter(c -> c.startsWith("speaker-")).findFirst().orElseThrow())
                .distinct()).hasSize(9);
    }

    @Test
    void theRecordIsOneServerElementRenderedOncePerLesson() {
        navigate("lessons/who-said-what/source", ReaderView.class);
        RecordPanel panel = find(RecordPanel.class).single();
        assertThat(panel.getElement().getChildCount()).as("no server-side element per line or term").isZero();
        String first = panel.html();
        navigate("lessons/who-said-what/source", ReaderView.class);
        assertThat(find(RecordPanel.class).single().html()).as("the same rendering, shared").isSameAs(first);
    }

    @Test
    void everyLineIsNumberedForCiting() {
        navigate("lessons/who-said-what/source", ReaderView.class);
        Document record = record();
        assertThat(record.select(".line-no")).extracting(Element::ownText).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 34).mapToObj(String::valueOf).toList());
        assertThat(record.select(".line-no .sr-only").first().text()).as("read out as a line number").isEqualTo("Line");
        Element line16 = record.getElementById("line-16");
        assertThat(line16.select(".line-text").text()).contains("he incites capitulation");
    }

    @Test
    void aSpeakerCardTellsWhoTheSpeakerWas() {
        navigate("lessons/who-said-what/source", ReaderView.class);
        Document record = record();
        Element zhukov = record.select("button.speaker-chip").stream().filter(b -> b.ownText().equals("Zhukov")).findFirst().orElseThrow();
        assertThat(zhukov.attr("aria-label")).isEqualTo("Zhukov: who was this? Press to find out.");
        assertThat(explanationOf(record, zhukov)).contains("Georgy Zhukov – Marshal of the Soviet Union, Minister of Defence");
    }

    @Test
    void glossaryTermsAndEditorialMarksAreExplained() {
        navigate("lessons/who-said-what/source", ReaderView.class);
        Document record = record();
        Element capitulation = record.select("span.term").stream().filter(t -> t.text().equals("capitulation")).findFirst().orElseThrow();
        assertThat(capitulation.attr("tabindex")).isEqualTo("0");
        assertThat(explanationOf(record, capitulation)).contains("Surrender.");

        Element committee = record.select("span.term").stream()
                .filter(t -> t.text().equals("Military-Rev[olutionary] C[ommittee]")).findFirst().orElseThrow();
        assertThat(explanationOf(record, committee)).contains("Bolsheviks took power in 1917");

        Element askIgor = record.select("span.annotated").getFirst();
        assertThat(record.select("span.annotated")).hasSize(1);
        assertThat(askIgor.text()).isEqualTo("ASK IGOR");
        assertThat(explanationOf(record, askIgor)).contains("probable editorial intrusion");

        Element convicts = record.select("span.mark-completion").stream().filter(m -> m.text().equals("[onvicts]")).findFirst().orElseThrow();
        assertThat(explanationOf(record, convicts.parent())).contains("the editors completed a shortened word").contains("the translator wrote them");
        Element insertion = record.select("span.mark-insertion").getFirst();
        assertThat(record.select("span.mark-insertion")).hasSize(1);
        assertThat(insertion.text()).isEqualTo("{are with}");
        assertThat(explanationOf(record, insertion.parent())).contains("the editor added words");
    }

    @Test
    void textFromTheLessonIsEscaped() {
        navigate("lessons/who-said-what/source", ReaderView.class);
        assertThat(record().select("script")).isEmpty();
        assertThat(find(RecordPanel.class).single().html()).doesNotContain("<p>").doesNotContain("<u>");
    }

    @Test
    void attendanceShowsTheSilentAndTheUnlisted() {
        navigate("lessons/who-said-what/source", ReaderView.class);
        List<String> paragraphs = find(Paragraph.class).all().stream().map(p -> p.getElement().getTextRecursively()).toList();
        assertThat(paragraphs).contains("Present, but no words recorded: Voroshilov, Saburov, Brezhnev, Shvernik, Pospelov, Yudin");
        assertThat(paragraphs).contains("Speaks, but not in the list of those present: Shepilov");
    }

    @Test
    void theOriginalTextIsShownExactlyAsWritten() throws Exception {
        navigate("lessons/who-said-what/source", ReaderView.class);
        assertThat(find(Pre.class).exists()).isFalse();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> mode = find(RadioButtonGroup.class).withLabel("Show the record as").single();
        test(mode).selectItem("Original text, as we have it");
        Pre original = find(Pre.class).single();
        assertThat(original.getText()).isEqualTo(Files.readString(Path.of("lesson-plans/sources/presidium-1956-10-26.txt")));
        assertThat(find(Div.class).withClassName("record").exists()).isFalse();
    }

    @Test
    void aLineCanBeOpenedDirectly() {
        UI.getCurrent().navigate("lessons/who-said-what/source", QueryParameters.of("line", "24"));
        assertThat(find(RecordPanel.class).single().focusedLine()).isEqualTo(24);
    }

    @Test
    void anUnknownLessonSaysSo() {
        navigate("lessons/no-such-lesson/source", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat(find(Paragraph.class).withTextContaining("There is no lesson called \"no-such-lesson\"").exists()).isTrue();
        assertThat(find(Anchor.class).withText("Go to the list of lessons").single().getHref()).isEmpty();
    }
}
