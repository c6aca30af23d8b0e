package org.workingrecord.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.Score;

@SpringBootTest
@ActiveProfiles("test")
class AttemptServiceTest {

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    private StudentRef anna;
    private StudentRef ben;
    private AssignmentInfo assignment;

    private StudentRef join(ClassInfo c, String name) {
        return ((JoinOutcome.Joined) classroom.join(c.joinCode(), name, new JoinClient(name + Math.random(), "127.0.0.1"))).student();
    }

    @BeforeEach
    void setUp() {
        ClassInfo c = classroom.createClass(900_001L, "10B");
        anna = join(c, "Anna");
        ben = join(c, "Ben");
        assignment = classroom.assign(900_001L, c.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of());
    }

    @Test
    void everyAnswerIsStoredWhenGivenAndComesBack() {
        SaveOutcome first = attempts.save(anna, assignment.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("molotov"),
                SavedAnswer.NONE);
        assertThat(first).isInstanceOf(SaveOutcome.Saved.class);
        int revision = ((SaveOutcome.Saved) first).revision();
        attempts.save(anna, assignment.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("zhukov"), revision);

        AttemptState state = attempts.open(anna, assignment.id());
        assertThat(state.status()).isEqualTo(WorkStatus.IN_PROGRESS);
        assertThat(state.answers().get("quiz/who-capitulation").value()).isEqualTo(Answer.WhoSaidIt.of("zhukov"));
        assertThat(attempts.open(ben, assignment.id()).answers()).isEmpty();
    }

    @Test
    void aStaleTabIsToldInsteadOfOverwriting() {
        String key = "quiz/open-one-speaker";
        int seen = ((SaveOutcome.Saved) attempts.save(anna, assignment.id(), key, new Answer.Open("draft"),
                SavedAnswer.NONE)).revision();
        // tab A saves on top of what it saw
        attempts.save(anna, assignment.id(), key, new Answer.Open("from tab A"), seen);
        // tab B still thinks the revision is the old one
        SaveOutcome fromB = attempts.save(anna, assignment.id(), key, new Answer.Open("from tab B"), seen);
        assertThat(fromB).isInstanceOf(SaveOutcome.Conflict.class);
        SavedAnswer current = ((SaveOutcome.Conflict) fromB).current();
        assertThat(current.value()).isEqualTo(new Answer.Open("from tab A"));
        // B chooses to keep its own answer, knowing the current revision
        assertThat(attempts.save(anna, assignment.id(), key, new Answer.Open("from tab B"), current.revision()))
                .isInstanceOf(SaveOutcome.Saved.class);
        assertThat(attempts.open(anna, assignment.id()).answers().get(key).value()).isEqualTo(new Answer.Open("from tab B"));
    }

    @Test
    void submittingListsTheGapsThenLocksTheWork() {
        attempts.save(anna, assignment.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("zhukov"), SavedAnswer.NONE);
        List<AssignedQuestion> gaps = attempts.unanswered(anna, assignment.id());
        assertThat(gaps).hasSize(attempts.work(anna, assignment.id()).questions().size() - 1);
        assertThat(gaps).extracting(AssignedQuestion::key).doesNotContain("quiz/who-capitulation").contains("reading/step-1");

        assertThat(attempts.review(anna, assignment.id())).as("feedback waits for submission").isEmpty();
        Receipt receipt = attempts.submit(anna, assignment.id());
        assertThat(receipt.answered()).isEqualTo(1);
        assertThat(receipt.total()).isEqualTo(18);
        assertThat(receipt.submittedAt()).isNotNull();
        assertThat(attempts.save(anna, assignment.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("molotov"), 0))
                .isInstanceOf(SaveOutcome.Locked.class);
        assertThat(attempts.statuses(anna, List.of(assignment))).containsEntry(assignment.id(), WorkStatus.SUBMITTED);
        assertThat(attempts.statuses(ben, List.of(assignment))).containsEntry(assignment.id(), WorkStatus.NOT_STARTED);

        List<ReviewItem> review = attempts.review(anna, assignment.id());
        ReviewItem who = review.stream().filter(r -> r.question().key().equals("quiz/who-capitulation")).findFirst().orElseThrow();
        assertThat(who.score().correct()).isTrue();

        attempts.reopen(900_001L, assignment.id(), anna.studentId());
        assertThat(attempts.save(anna, assignment.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("molotov"), 0))
                .isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void immediateFeedbackFixesTheCheckedAnswer() {
        ClassInfo c = classroom.createClass(900_001L, "10C");
        StudentRef cara = join(c, "Cara");
        AssignmentInfo quick = classroom.assign(900_001L, c.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of("quiz"));
        attempts.save(cara, quick.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("molotov"), SavedAnswer.NONE);
        Score score = attempts.check(cara, quick.id(), "quiz/who-capitulation");
        assertThat(score.correct()).isFalse();
        assertThat(score.feedback().get(1).lines()).containsExactly(16);
        assertThat(attempts.save(cara, quick.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("zhukov"), 0))
                .isInstanceOf(SaveOutcome.Locked.class);
        assertThat(attempts.review(cara, quick.id())).hasSize(1);
        assertThatThrownBy(() -> attempts.check(anna, assignment.id(), "quiz/who-capitulation"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void openAnswersWaitForTheTeacherAndGradesShowOnceReleased() {
        String key = "quiz/open-one-speaker";
        attempts.save(anna, assignment.id(), key, new Answer.Open("Zhukov wanted a firm line."), SavedAnswer.NONE);
        attempts.submit(anna, assignment.id());
        ReviewItem pending = attempts.review(anna, assignment.id()).stream().filter(r -> r.question().key().equals(key))
                .findFirst().orElseThrow();
        assertThat(pending.score().pending()).isTrue();
        attempts.grade(900_001L, assignment.id(), anna.studentId(), key, 2, "Good aim; give the line number.");
        assertThat(attempts.review(anna, assignment.id()).stream().filter(r -> r.question().key().equals(key))
                .findFirst().orElseThrow().teacherPoints()).as("not before release").isNull();
        attempts.releaseGrades(900_001L, assignment.id());
        ReviewItem graded = attempts.review(anna, assignment.id()).stream().filter(r -> r.question().key().equals(key))
                .findFirst().orElseThrow();
        assertThat(graded.teacherPoints()).isEqualTo(2);
        assertThat(graded.teacherComment()).isEqualTo("Good aim; give the line number.");
        assertThat(attempts.statuses(anna, List.of(assignment))).containsEntry(assignment.id(), WorkStatus.GRADED);
    }

    @Test
    void teachersFollowProgressOfTheirOwnClassOnly() {
        attempts.save(anna, assignment.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("zhukov"), SavedAnswer.NONE);
        attempts.save(anna, assignment.id(), "quiz/open-one-speaker", new Answer.Open("Zhukov."), SavedAnswer.NONE);
        List<ProgressRow> rows = attempts.progress(900_001L, assignment.id());
        assertThat(rows).extracting(r -> r.student().displayName()).containsExactly("Anna", "Ben");
        ProgressRow a = rows.get(0);
        assertThat(a.status()).isEqualTo(WorkStatus.IN_PROGRESS);
        assertThat(a.answered()).isEqualTo(2);
        assertThat(a.points()).isEqualTo(1);
        assertThat(a.toGrade()).isEqualTo(1);
        assertThat(rows.get(1).status()).isEqualTo(WorkStatus.NOT_STARTED);
        assertThat(attempts.openAnswers(900_001L, assignment.id(), "quiz/open-one-speaker")).extracting(OpenAnswer::text)
                .containsExactly("Zhukov.");
        assertThat(attempts.openAnswersOf(900_001L, assignment.id(), anna.studentId())).containsOnlyKeys("quiz/open-one-speaker")
                .extractingByKey("quiz/open-one-speaker").extracting(OpenAnswer::text).isEqualTo("Zhukov.");
        assertThat(attempts.openAnswersOf(900_001L, assignment.id(), ben.studentId())).as("Ben wrote nothing").isEmpty();
        assertThatThrownBy(() -> attempts.openAnswersOf(900_001L, assignment.id(), 987_654L))
                .as("a student id from outside the class").isInstanceOf(NotYoursException.class);

        long stranger = 900_099L;
        assertThatThrownBy(() -> attempts.progress(stranger, assignment.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attempts.grade(stranger, assignment.id(), anna.studentId(), "quiz/open-one-speaker", 1, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attempts.releaseGrades(stranger, assignment.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attempts.openAnswersOf(stranger, assignment.id(), anna.studentId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attempts.grade(900_001L, assignment.id(), anna.studentId(), "quiz/open-one-speaker", 9, ""))
                .as("points come from the rubric").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLivePageReadsOnlyTheStudentsThatChanged() {
        attempts.save(anna, assignment.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("zhukov"), SavedAnswer.NONE);
        attempts.save(ben, assignment.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("molotov"), SavedAnswer.NONE);
        List<ProgressRow> some = attempts.progress(900_001L, assignment.id(), Set.of(ben.studentId()));
        assertThat(some).singleElement().satisfies(r -> {
            assertThat(r.student().displayName()).isEqualTo("Ben");
            assertThat(r.answered()).isEqualTo(1);
            assertThat(r.points()).isZero();
        });
        assertThat(some.get(0)).isEqualTo(attempts.progress(900_001L, assignment.id()).get(1));
        assertThat(attempts.progress(900_001L, assignment.id(), Set.of(424242L))).as("not in the class").isEmpty();
        assertThatThrownBy(() -> attempts.progress(900_099L, assignment.id(), Set.of(ben.studentId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theResultsCarryHandInTimesAndTeachersComments() {
        String key = "quiz/open-one-speaker";
        attempts.save(anna, assignment.id(), key, new Answer.Open("Zhukov wanted a firm line."), SavedAnswer.NONE);
        attempts.submit(anna, assignment.id());
        attempts.grade(900_001L, assignment.id(), anna.studentId(), key, 2, "Give the line number.");
        ClassResults results = attempts.results(900_001L, assignment.id());
        assertThat(results.comments().get(anna.studentId())).containsEntry(key, "Give the line number.");
        assertThat(results.teacherPoints().get(anna.studentId())).containsEntry(key, 2);
        assertThat(results.submittedAt()).containsKey(anna.studentId()).doesNotContainKey(ben.studentId());
        assertThat(results.submittedAt().get(anna.studentId())).isEqualTo(attempts.open(anna, assignment.id()).submittedAt());
    }

    @Test
    void theStudentsPlaceInTheLessonIsRemembered() {
        assertThat(attempts.open(anna, assignment.id()).step()).isZero();
        assertThat(attempts.open(ben, assignment.id()).step()).isZero();
        attempts.remember(anna, assignment.id(), 2, 0);
        attempts.remember(ben, assignment.id(), 1, 3);
        AttemptState state = attempts.open(anna, assignment.id());
        assertThat(state.step()).isEqualTo(2);
        attempts.remember(anna, assignment.id(), 0, 4);
        assertThat(attempts.open(anna, assignment.id()).part()).isEqualTo(4);
        // each student moves only their own place
        assertThat(attempts.open(ben, assignment.id())).extracting(AttemptState::step, AttemptState::part).containsExactly(1, 3);
    }

    @Autowired
    Positions positions;

    @Autowired
    AttemptRepository attemptRows;

    @Test
    void placesAreWrittenInOneBatchAndWinOverTheStoredOneUntilThen() {
        attempts.open(anna, assignment.id());
        attempts.open(ben, assignment.id());
        attempts.remember(anna, assignment.id(), 2, 1);
        attempts.remember(ben, assignment.id(), 1, 0);
        attempts.remember(anna, assignment.id(), 3, 0);
        assertThat(attempts.open(anna, assignment.id())).extracting(AttemptState::step, AttemptState::part).containsExactly(3, 0);
        positions.flush();
        assertThat(positions.pending(assignment.id(), anna.studentId())).as("written").isEmpty();
        assertThat(attemptRows.findByAssignmentIdAndStudentId(assignment.id(), anna.studentId()).orElseThrow())
                .extracting(Attempt::positionStep, Attempt::positionPart).containsExactly(3, 0);
        assertThat(attemptRows.findByAssignmentIdAndStudentId(assignment.id(), ben.studentId()).orElseThrow().positionStep())
                .isEqualTo(1);
    }

    @Test
    void enteringALessonGivesItsQuestionsAndTheStudentsWorkTogether() {
        attempts.save(anna, assignment.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("zhukov"), SavedAnswer.NONE);
        attempts.remember(anna, assignment.id(), 1, 0);
        AttemptService.Entered entered = attempts.enter(anna, assignment.id());
        assertThat(entered.work().assignment().id()).isEqualTo(assignment.id());
        assertThat(entered.work().questions()).extracting(AssignedQuestion::key).contains("quiz/who-capitulation");
        assertThat(entered.state().answers().get("quiz/who-capitulation").value()).isEqualTo(Answer.WhoSaidIt.of("zhukov"));
        assertThat(entered.state().step()).isEqualTo(1);
        assertThat(attempts.enter(ben, assignment.id()).state().answers()).as("Ben's own, empty work").isEmpty();
    }

    @Test
    void anAnswerTooLongIsRefusedWithItsOwnReason() {
        String tooLong = "x".repeat(Answer.Open.MAX_CHARS + 1);
        assertThatThrownBy(() -> attempts.save(anna, assignment.id(), "quiz/open-one-speaker", new Answer.Open(tooLong),
                SavedAnswer.NONE)).isInstanceOf(AnswerTooLongException.class);
        assertThat(attempts.open(anna, assignment.id()).answers()).isEmpty();
    }

    /** The longest answer the text box lets through is stored whole, even in letters that take 9 characters encoded. */
    @Test
    void theLongestWrittenAnswerIsStoredWholeInAnyAlphabet() {
        String longest = "Хрущёв ő 中".repeat(Answer.Open.MAX_CHARS / 10);
        assertThat(longest).hasSize(Answer.Open.MAX_CHARS);
        assertThat(attempts.save(anna, assignment.id(), "quiz/open-one-speaker", new Answer.Open(longest), SavedAnswer.NONE))
                .isInstanceOf(SaveOutcome.Saved.class);
        assertThat(attempts.open(anna, assignment.id()).answers().get("quiz/open-one-speaker").value())
                .isEqualTo(new Answer.Open(longest));
    }

    @Test
    void noOneOpensAnotherClasssWork() {
        ClassInfo other = classroom.createClass(900_001L, "11A");
        StudentRef dan = join(other, "Dan");
        assertThatThrownBy(() -> attempts.open(dan, assignment.id())).isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> attempts.enter(dan, assignment.id())).isInstanceOf(NotYoursException.class);
        // nor moves anyone's place in it
        attempts.open(anna, assignment.id());
        attempts.remember(anna, assignment.id(), 1, 2);
        attempts.remember(dan, assignment.id(), 3, 0);
        assertThat(attempts.open(anna, assignment.id())).extracting(AttemptState::step, AttemptState::part).containsExactly(1, 2);
        assertThatThrownBy(() -> attempts.save(dan, assignment.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("x"),
                SavedAnswer.NONE)).isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> attempts.review(dan, assignment.id())).isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> attempts.save(anna, assignment.id(), "quiz/no-such-question", Answer.WhoSaidIt.of("zhukov"),
                SavedAnswer.NONE)).isInstanceOf(IllegalArgumentException.class);
        // an answer of another kind than the question's is refused, not stored to be misread later
        assertThatThrownBy(() -> attempts.save(anna, assignment.id(), "quiz/who-capitulation", new Answer.Open("Zhukov"),
                SavedAnswer.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another kind");
    }
}
