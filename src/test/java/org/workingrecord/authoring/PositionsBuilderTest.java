package org.workingrecord.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.authoring.PositionsBuilder.Cell;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** A positions grid filled in cell by cell: every key backed by the speaker's own words, or "not stated". */
@SpringBootTest
@ActiveProfiles("test")
class PositionsBuilderTest {

    @Autowired
    LessonAuthoring lessons;

    @Autowired
    TeacherSeeding seeding;

    private long teacher;
    private long lesson;

    @BeforeEach
    void aLesson() {
        teacher = seeding.seedTeacher("grid" + System.nanoTime(), "Ms Grid", "long enough password").id();
        lesson = lessons.start(teacher, "presidium-1956-10-26", "Grid " + System.nanoTime()).id().orElseThrow();
    }

    private LoadedLesson newest() {
        return lessons.open(teacher, lesson).orElseThrow().lesson();
    }

    private LessonAuthoring.Saved add(String title, List<Cell> cells) {
        return lessons.addPositions(teacher, lesson, "quiz", new PositionsBuilder.Request(title,
                "What does each speaker think of " + title + "?", List.of("Critical", "Supportive"), cells));
    }

    @Test
    void eachCellsKeyIsBackedByThatSpeakersWordsOrSaysNotStated() {
        LessonAuthoring.Saved saved = add("Mikoyan", List.of(new Cell("zhukov", "Critical", "he incites capitulation"),
                new Cell("bulganin", "Critical", "Comrade Mikoyan’s position is wrong"), new Cell("liu", LessonPlan.Stance.NOT_STATED, ""),
                new Cell("molotov", "", "")));
        assertThat(saved.problems()).isEmpty();
        LessonPlan plan = newest().plan();
        assertThat(plan.stances()).extracting(LessonPlan.Stance::id).containsExactly("critical", "supportive", "not-stated");
        assertThat(plan.topics()).extracting(LessonPlan.Topic::id).containsExactly("mikoyan");
        assertThat(plan.positions()).extracting(p -> p.speaker() + "/" + p.stance())
                .containsExactly("zhukov/critical", "bulganin/critical", "liu/not-stated");
        assertThat(plan.positions().get(0).explanation()).startsWith("Georgy Zhukov: “he incites capitulation” (line ");
        Question.PositionsGrid grid = ((Activity.QuestionSet) plan.activities().get(0)).questions().stream()
                .filter(q -> q instanceof Question.PositionsGrid).map(Question.PositionsGrid.class::cast).findFirst().orElseThrow();
        // a speaker left blank is not in the grid
        assertThat(grid.speakers()).containsExactly("zhukov", "bulganin", "liu");
        assertThat(grid.topics()).containsExactly("mikoyan");

        // a second topic reuses the stances and adds to the lists
        assertThat(add("Nagy", List.of(new Cell("furtseva", "Critical", "Comrade Mikoyan, obviously, is wrong about Nagy."))).problems())
                .isEmpty();
        plan = newest().plan();
        assertThat(plan.stances()).hasSize(3);
        assertThat(plan.topics()).extracting(LessonPlan.Topic::id).containsExactly("mikoyan", "nagy");
        assertThat(plan.positions()).hasSize(4);
    }

    @Test
    void wordsOfAnotherSpeakerOrNoWordsAreRefusedAndNothingIsSaved() {
        assertThat(add("Mikoyan", List.of(new Cell("zhukov", "Critical", "Comrade Mikoyan’s position is wrong"))).problems())
                .singleElement().satisfies(p -> assertThat(p.message())
                        .isEqualTo("Georgy Zhukov: these words are not Georgy Zhukov’s in the record (they are Nikolai Bulganin’s). Give words this speaker says."));
        assertThat(add("Mikoyan", List.of(new Cell("zhukov", "Critical", ""))).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("Georgy Zhukov: give the words of the record"));
        assertThat(add("Mikoyan", List.of(new Cell("zhukov", "", ""))).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("Choose a stance for at least one speaker."));
        assertThat(lessons.open(teacher, lesson).orElseThrow().versions()).hasSize(1);
    }
}
