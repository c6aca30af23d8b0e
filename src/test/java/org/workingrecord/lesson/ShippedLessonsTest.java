package org.workingrecord.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The lessons in lesson-plans/ load cleanly, and say what the record says. */
class ShippedLessonsTest {

    private final LessonLoader.LoadResult result = LessonLoader.loadAll(Path.of("lesson-plans"));

    @Test
    void everyShippedLessonLoadsWithoutProblems() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.lessons()).extracting(l -> l.plan().id())
                .containsExactly("can-we-trust-these-notes", "hard-or-soft-line", "who-said-what");
    }

    @Test
    void everyLessonHasATeacherGuide() {
        assertThat(result.lessons()).extracting(l -> l.plan().teacherGuide())
                .allSatisfy(guide -> assertThat(guide).contains("## Answer key", "## Lesson plan", "## Support"));
    }

    @Test
    void khrushchevDefendsMikoyanAndEverySovietSpeakerBacksForce() {
        LessonPlan plan = result.lessons().stream().filter(l -> l.plan().id().equals("hard-or-soft-line"))
                .findFirst().orElseThrow().plan();
        assertThat(plan.position("khrushchev", "mikoyan").orElseThrow().stance()).isEqualTo("supportive");
        assertThat(plan.positions()).filteredOn(p -> p.topic().equals("force") && !p.speaker().equals("liu"))
                .hasSize(8).allSatisfy(p -> assertThat(p.accepts("supportive")).isTrue());
        assertThat(plan.position("molotov", "nagy").orElseThrow().stance()).isEqualTo("not-stated");
    }
}
