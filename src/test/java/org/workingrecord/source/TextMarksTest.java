package org.workingrecord.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TextMarksTest {

    @Test
    void runsRebuildTheDisplayTextAndCarryTheMarks() {
        String raw = "In the <u>VPSH</u> ASK IGOR the workers study (126 p[eo]pl[e]). Three copies {are with} us.";
        List<TextMarks.Run> runs = TextMarks.runs(raw, Map.of("VPSH", "g1", "ASK IGOR", "a0"));
        assertThat(String.join("", runs.stream().map(TextMarks.Run::text).toList())).isEqualTo(Markup.hide(raw));
        assertThat(runs).anySatisfy(r -> {
            assertThat(r.text()).isEqualTo("VPSH");
            assertThat(r.underlined()).isTrue();
            assertThat(r.phrase()).isEqualTo("g1");
        });
        assertThat(runs).filteredOn(r -> r.mark() == TextMarks.Mark.COMPLETION).extracting(TextMarks.Run::text)
                .containsExactly("[eo]", "[e]");
        assertThat(runs).filteredOn(r -> r.mark() == TextMarks.Mark.INSERTION).extracting(TextMarks.Run::text)
                .containsExactly("{are with}");
        assertThat(runs).filteredOn(r -> "a0".equals(r.phrase())).extracting(TextMarks.Run::text)
                .containsExactly("ASK IGOR");
    }

    @Test
    void phrasesMatchWholeWordsOnly() {
        List<TextMarks.Run> runs = TextMarks.runs("The CCP and the CC met.", Map.of("CC", "g"));
        assertThat(runs).filteredOn(r -> r.phrase() != null).extracting(TextMarks.Run::text).containsExactly("CC");
    }
}
