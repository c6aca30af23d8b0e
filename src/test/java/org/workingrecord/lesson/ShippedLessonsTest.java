package org.workingrecord.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The lessons in lesson-plans/ load cleanly, and say what the record says. */
class ShippedLessonsTest {

    private final LessonLoader.LoadResult result = LessonLoader.loadAll(Path.of("lesson-plans"));

    @Test
    void everyShippedLessonLoadsWithoutProblems() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.lessons()).extracting(l -> l.plan().id())
                .as("in the suggested teaching order")
                .containsExactly("who-said-what", "hard-or-soft-line", "can-we-trust-these-notes", "already-set-on-force");
    }

    @Test
    void everyLessonHasATeacherGuide() {
        assertThat(result.lessons()).extracting(l -> l.plan().teacherGuide())
                .allSatisfy(guide -> assertThat(guide).contains("## Answer key", "## Lesson plan", "## Support"));
    }

    @Test
    void khrushchevOnMikoyanAcceptsEveryArguedReadingAndNotStatedMeansNoWords() {
        LessonPlan plan = result.lessons().stream().filter(l -> l.plan().id().equals("hard-or-soft-line"))
                .findFirst().orElseThrow().plan();
        LessonPlan.Position khrushchev = plan.position("khrushchev", "mikoyan").orElseThrow();
        assertThat(khrushchev.stance()).isEqualTo("mixed");
        assertThat(List.of("supportive", "critical")).allSatisfy(s -> assertThat(khrushchev.accepts(s)).isTrue());
        assertThat(khrushchev.accepts("not-stated")).isFalse();
        assertThat(plan.positions()).filteredOn(p -> p.topic().equals("force") && !p.speaker().equals("liu"))
                .hasSize(8).allSatisfy(p -> assertThat(p.accepts("supportive")).isTrue());
        // Furtseva has no words on force: the key says so, and a firm-line reading is still accepted
        assertThat(plan.position("furtseva", "force").orElseThrow().stance()).isEqualTo("not-stated");
        assertThat(plan.position("molotov", "nagy").orElseThrow().stance()).isEqualTo("not-stated");
        // line 25 is not troop evidence: the troops are line 29
        assertThat(plan.position("khrushchev", "force").orElseThrow().evidence()).containsExactly("Reinforce with troops.");
    }

    @Test
    void everyLessonSharesTheOneSourcePack() {
        assertThat(result.sources()).singleElement().extracting(SourcePack::id).isEqualTo("presidium-1956-10-26");
        assertThat(result.lessons()).allSatisfy(l -> assertThat(l.sources().texts().get(0).index()).isSameAs(result.sources().get(0).index()));
    }
}
