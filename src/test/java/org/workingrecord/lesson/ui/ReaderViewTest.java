package org.workingrecord.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.shell.NotFoundView;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

@SpringBootTest
@ActiveProfiles("test")
class ReaderViewTest extends SpringBrowserlessTest {

    private String explanationOf(Component target) {
        Popover popover = find(Popover.class).withCondition(p -> p.getTarget() == target).single();
        return popover.getElement().getTextRecursively();
    }

    @Test
    void theRecordIsShownTurnByTurnWithLabelledSpeakers() {
        navigate("lessons/who-said-what/source", ReaderView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Working Record of the Session of 26 October 1956");
        List<Div> turns = find(Div.class).withClassName("turn").all();
        assertThat(turns).extracting(t -> t.getElement().getAttribute("data-speaker")).containsExactly(
                "Liu Shaotsi", "Bulganin", "Molotov", "Kaganovich", "Malenkov", "Zhukov", "Shepilov", "Furtseva", "Khrushchev");
        // colour is never the only cue: each turn carries the name in words and a distinct colour class
        assertThat(find(NativeButton.class).withClassName("speaker-chip").all()).extracting(NativeButton::getText)
                .containsExactly("Liu Shaotsi", "Bulganin", "Molotov", "Kaganovich", "Malenkov", "Zhukov", "Shepilov",
                        "Furtseva", "Khrushchev");
        assertThat(turns.stream().map(t -> t.getClassNames().stream().filter(c -> c.startsWith("speaker-")).findFirst().orElseThrow())
                .distinct()).hasSize(9);
    }

    @Test
    void everyLineIsNumberedForCiting() {
        navigate("lessons/who-said-what/source", ReaderView.class);
        List<Span> numbers = find(Span.class).withClassName("line-no").all();
        assertThat(numbers).extracting(Span::getText).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 34).mapToObj(String::valueOf).toList());
        Div line16 = find(Div.class).withId("line-16").single();
        assertThat(line16.getElement().getTextRecursively()).contains("he incites capitulation");
    }

    @Test
    void aSpeakerCardTellsWhoTheSpeakerWas() {
        navigate("lessons/who-said-what/source", ReaderView.class);
        NativeButton zhukov = find(NativeButton.class).withText("Zhukov").single();
        assertThat(zhukov.getElement().getAttribute("aria-label")).isEqualTo("Zhukov: who was this? Press to find out.");
        assertThat(explanationOf(zhukov)).contains("Georgy Zhukov – Marshal of the Soviet Union, Minister of Defence");
    }

    @Test
    void glossaryTermsAndEditorialMarksAreExplained() {
        navigate("lessons/who-said-what/source", ReaderView.class);
        Span capitulation = find(Span.class).withClassName("term")
                .withCondition(t -> t.getElement().getTextRecursively().equals("capitulation")).single();
        assertThat(capitulation.getElement().getAttribute("tabindex")).isEqualTo("0");
        assertThat(explanationOf(capitulation)).contains("Surrender.");

        Span committee = find(Span.class).withClassName("term")
                .withCondition(s -> s.getElement().getTextRecursively().equals("Military-Rev[olutionary] C[ommittee]")).single();
        assertThat(explanationOf(committee)).contains("Bolsheviks took power in 1917");

        Span askIgor = find(Span.class).withClassName("annotated").single();
        assertThat(askIgor.getElement().getTextRecursively()).isEqualTo("ASK IGOR");
        assertThat(explanationOf(askIgor)).contains("probable editorial intrusion");

        Span convicts = find(Span.class).withClassName("mark-completion").withText("[onvicts]").single();
        assertThat(explanationOf(convicts)).contains("the editor completed a shortened word");
        Span insertion = find(Span.class).withClassName("mark-insertion").single();
        assertThat(insertion.getText()).isEqualTo("{are with}");
        assertThat(explanationOf(insertion)).contains("the editor added words");
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
        test(mode).selectItem("Original text, exactly as written");
        Pre original = find(Pre.class).single();
        assertThat(original.getText()).isEqualTo(Files.readString(Path.of("lesson-plans/sources/presidium-1956-10-26.txt")));
        assertThat(find(Div.class).withClassName("record").exists()).isFalse();
    }

    @Test
    void aLineCanBeOpenedDirectly() {
        UI.getCurrent().navigate("lessons/who-said-what/source", QueryParameters.of("line", "24"));
        assertThat(find(Div.class).withClassName("line-focus").single().getId()).contains("line-24");
    }

    @Test
    void anUnknownLessonSaysSo() {
        navigate("lessons/no-such-lesson/source", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat(find(Paragraph.class).withTextContaining("There is no lesson called \"no-such-lesson\"").exists()).isTrue();
        assertThat(find(Anchor.class).withText("Go to the list of lessons").single().getHref()).isEmpty();
    }
}
