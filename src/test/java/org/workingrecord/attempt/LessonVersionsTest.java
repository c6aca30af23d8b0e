package org.workingrecord.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.authoring.LessonAuthoring;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.Answer;

/** A class moves to a newer version of a teacher's lesson only when the answers given still fit it, and is told what changed. */
@SpringBootTest
@ActiveProfiles("test")
class LessonVersionsTest {

    @Autowired
    LessonAuthoring lessons;

    @Autowired
    LessonVersions versions;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    TeacherSeeding seeding;

    private long teacher;
    private long lesson;
    private String lessonId;
    private AssignmentInfo assignment;
    private StudentRef student;

    @BeforeEach
    void aClassOnVersionOne() {
        String name = "versions" + System.nanoTime();
        teacher = seeding.seedTeacher(name, "Ms Versions", "long enough password").id();
        LessonAuthoring.Saved saved = lessons.start(teacher, "presidium-1956-10-26", "Versions " + name);
        lesson = saved.id().orElseThrow();
        lessonId = lessons.open(teacher, lesson).orElseThrow().summary().lessonId();
        assertThat(lessons.publish(teacher, lesson)).isEmpty();
        ClassInfo c = classroom.createClass(teacher, "9V");
        assignment = classroom.assign(teacher, c.id(), lessonId + "@1", null, FeedbackMode.IMMEDIATE, List.of());
        student = ((JoinOutcome.Joined) classroom.join(c.joinCode(), "Vera", new JoinClient("v" + System.nanoTime(), "x"))).student();
        attempts.open(student, assignment.id());
    }

    private String text() {
        return lessons.open(teacher, lesson).orElseThrow().lessonYaml();
    }

    private void publish(String yaml) {
        assertThat(lessons.save(teacher, lesson, yaml, "").problems()).isEmpty();
        assertThat(lessons.publish(teacher, lesson)).isEmpty();
    }

    @Test
    void noOfferWhileTheClassHasTheNewestPublishedVersion() {
        assertThat(versions.newer(teacher, assignment.id())).isEmpty();
        // a newer draft is not offered either
        lessons.save(teacher, lesson, text().replace("Who said this?", "Who said these words?"), "");
        assertThat(versions.newer(teacher, assignment.id())).isEmpty();
    }

    @Test
    void aChangedPromptAndANewQuestionAreShownAndTheClassMovesWithItsAnswers() {
        attempts.save(student, assignment.id(), "quiz/who-1", Answer.WhoSaidIt.of("bulganin"), SavedAnswer.NONE);
        String v2 = text().replace("Who said this?", "Who said these words?")
                + "  - id: quiz-two\n    type: questions\n    title: One more\n    instructions: Answer it.\n    questions:\n"
                + "      - id: tf\n        type: true-false\n        prompt: Zhukov speaks in the record.\n        answer: true\n"
                + "        evidence: \"Comrade Zhukov.\"\n        explanation: He does.\n";
        publish(v2);
        LessonVersions.Offer offer = versions.newer(teacher, assignment.id()).orElseThrow();
        assertThat(offer.newer().plan().id()).isEqualTo(lessonId + "@2");
        assertThat(offer.changes()).extracting(VersionChanges.Change::kind).containsExactly(VersionChanges.Kind.PROMPT);
        assertThat(offer.changes().get(0).before()).isEqualTo("Who said this?");
        assertThat(offer.changes().get(0).after()).isEqualTo("Who said these words?");
        assertThat(offer.canMove()).isTrue();

        assertThat(versions.move(teacher, assignment.id(), lessonId + "@2")).isTrue();
        AttemptService.Work work = attempts.work(student, assignment.id());
        assertThat(work.lesson().plan().id()).isEqualTo(lessonId + "@2");
        // the class keeps the activities it was given: the new activity is not added behind the teacher's back
        assertThat(work.questions()).extracting(AssignedQuestion::key).doesNotContain("quiz-two/tf");
        assertThat(attempts.open(student, assignment.id()).answers()).containsKey("quiz/who-1");
    }

    @Test
    void anAnsweredQuestionTakenOutKeepsTheClassOnItsVersion() {
        attempts.save(student, assignment.id(), "quiz/who-1", Answer.WhoSaidIt.of("bulganin"), SavedAnswer.NONE);
        String yaml = text();
        String without = yaml.substring(0, yaml.indexOf("      - id: who-1")) + yaml.substring(yaml.indexOf("      - id: meaning"));
        publish(without);
        LessonVersions.Offer offer = versions.newer(teacher, assignment.id()).orElseThrow();
        assertThat(offer.changes()).extracting(VersionChanges.Change::kind).containsExactly(VersionChanges.Kind.QUESTION_REMOVED);
        assertThat(offer.blockers()).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(VersionChanges.Reason.ANSWERED_REMOVED);
            assertThat(b.where()).startsWith("Who said what").contains("Who said this?");
        });
        assertThat(versions.move(teacher, assignment.id(), lessonId + "@2")).isFalse();
        assertThat(attempts.work(student, assignment.id()).lesson().plan().id()).isEqualTo(lessonId + "@1");
    }

    @Test
    void aQuestionNobodyAnsweredMayGoAndOnlyTheClasssTeacherMovesIt() {
        String yaml = text();
        String without = yaml.substring(0, yaml.indexOf("      - id: who-1")) + yaml.substring(yaml.indexOf("      - id: meaning"));
        publish(without);
        long other = seeding.seedTeacher("other" + System.nanoTime(), "Mr Other", "long enough password").id();
        assertThatThrownBy(() -> versions.newer(other, assignment.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> versions.move(other, assignment.id(), lessonId + "@2")).isInstanceOf(AccessDeniedException.class);
        // a version that is not the offered one is refused
        assertThat(versions.move(teacher, assignment.id(), lessonId + "@7")).isFalse();
        assertThatThrownBy(() -> classroom.changeLessonVersion(teacher, assignment.id(), "who-said-what"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(versions.move(teacher, assignment.id(), lessonId + "@2")).isTrue();
        assertThat(attempts.work(student, assignment.id()).questions()).extracting(AssignedQuestion::key).containsExactly("quiz/meaning");
    }
}
