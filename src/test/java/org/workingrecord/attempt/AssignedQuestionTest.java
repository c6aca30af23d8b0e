package org.workingrecord.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.workingrecord.lesson.LessonLoader;
import org.workingrecord.lesson.LoadedLesson;

/** A question in words for the teacher's lists and labels. */
class AssignedQuestionTest {

    private static AssignedQuestion question(String lessonId, String key) {
        LoadedLesson lesson = LessonLoader.loadAll(Path.of("lesson-plans")).lessons().stream()
                .filter(l -> l.plan().id().equals(lessonId)).findFirst().orElseThrow();
        return AssignedQuestion.all(lesson).stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aTitleEndingInAQuestionMarkIsNotFollowedByAColon() {
        assertThat(question("hard-or-soft-line", "positions/only-defender").title())
                .isEqualTo("Where does each speaker stand? Who said this about Mikoyan? “Mikoyan is acting as he said.”");
    }

    @Test
    void otherTitlesAreJoinedWithAColonAndAWhoSaidItQuoteAppearsOnce() {
        AssignedQuestion q = question("can-we-trust-these-notes", "layers/who-not-listed");
        assertThat(q.title()).startsWith(q.activity().title() + ": ");
        assertThat(q.title().split("Troops - real power.", -1)).hasSize(2);
    }
}
