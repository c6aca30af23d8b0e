package org.workingrecord.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LessonLoader;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** Each scoring strategy on the shipped lessons: right, wrong, partly right, and feedback that points at the source. */
class GradingTest {

    private static final List<LoadedLesson> LESSONS = LessonLoader.loadAll(Path.of("lesson-plans")).lessons();

    private static LoadedLesson lesson(String id) {
        return LESSONS.stream().filter(l -> l.plan().id().equals(id)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <Q extends Question> Q question(LoadedLesson lesson, String id) {
        return (Q) lesson.plan().activities().stream()
                .filter(a -> a instanceof Activity.QuestionSet).flatMap(a -> ((Activity.QuestionSet) a).questions().stream())
                .filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> keys(Score s) {
        return s.feedback().stream().map(Feedback::key).toList();
    }

    @Test
    void whoSaidItPointsAtTheSpeakersWords() {
        LoadedLesson l = lesson("who-said-what");
        Question q = question(l, "who-capitulation");
        Score right = Grading.grade(q, Answer.WhoSaidIt.of("zhukov"), l);
        assertThat(right.points()).isEqualTo(1);
        assertThat(right.correct()).isTrue();
        Score wrong = Grading.grade(q, Answer.WhoSaidIt.of("molotov"), l);
        assertThat(wrong.points()).isZero();
        assertThat(wrong.feedback().get(0)).isEqualTo(new Feedback("feedback.who.wrong", List.of("Georgy Zhukov"), List.of()));
        assertThat(wrong.feedback().get(1).lines()).containsExactly(16);
    }

    @Test
    void notInThisRecordIsARealAnswer() {
        LoadedLesson l = lesson("who-said-what");
        Question q = question(l, "who-not-in-record");
        assertThat(Grading.grade(q, Answer.WhoSaidIt.of("not-in-record"), l).correct()).isTrue();
        Score wrong = Grading.grade(q, Answer.WhoSaidIt.of("khrushchev"), l);
        assertThat(wrong.correct()).isFalse();
        assertThat(keys(wrong)).startsWith("feedback.who.absent.wrong");
    }

    @Test
    void matchingScoresEachPair() {
        LoadedLesson l = lesson("who-said-what");
        Question q = question(l, "match-statements");
        Score partly = Grading.grade(q, new Answer.Matching(Map.of(0, "molotov", 1, "malenkov", 2, "furtseva", 3, "shepilov")), l);
        assertThat(partly.points()).isEqualTo(2);
        assertThat(partly.max()).isEqualTo(4);
        assertThat(partly.feedback()).filteredOn(f -> f.key().equals("feedback.match.wrong"))
                .extracting(Feedback::lines).containsExactly(List.of(17), List.of(20));
        Score all = Grading.grade(q, new Answer.Matching(Map.of(0, "molotov", 1, "malenkov", 2, "shepilov", 3, "furtseva")), l);
        assertThat(all.correct()).isTrue();
    }

    @Test
    void thePositionsGridAcceptsDefensibleReadingsAndExplainsSilence() {
        LoadedLesson l = lesson("hard-or-soft-line");
        Question.PositionsGrid q = question(l, "grid");
        Map<Answer.Cell, String> key = new HashMap<>();
        for (String s : q.speakers()) {
            for (String t : q.topics()) {
                key.put(new Answer.Cell(s, t), l.plan().position(s, t).orElseThrow().stance());
            }
        }
        Answer.Grid answer = new Answer.Grid(key);
        assertThat(Grading.grade(q, answer, l).points()).isEqualTo(27);

        // a misreading: Khrushchev says nothing on Mikoyan
        Score misread = Grading.grade(q, with(answer, "khrushchev", "mikoyan", "not-stated"), l);
        assertThat(misread.points()).isEqualTo(26);
        Feedback khrushchev = misread.feedback().stream().filter(f -> f.key().equals("feedback.grid.wrong")).findFirst().orElseThrow();
        assertThat(khrushchev.args()).startsWith("Nikita Khrushchev", "Mikoyan's conduct in Budapest", "Mixed");
        assertThat(khrushchev.lines()).containsExactly(22, 23);

        // his words can be argued as a defence, or (line 23) as criticism: neither is marked wrong
        for (String reading : List.of("supportive", "critical")) {
            Score defensible = Grading.grade(q, with(answer, "khrushchev", "mikoyan", reading), l);
            assertThat(defensible.points()).as(reading).isEqualTo(27);
            assertThat(keys(defensible)).contains("feedback.grid.accepted");
        }

        Score guessed = Grading.grade(q, with(answer, "molotov", "nagy", "critical"), l);
        assertThat(guessed.points()).isEqualTo(26);
        assertThat(keys(guessed)).contains("feedback.grid.silent");
    }

    @Test
    void pickTheEvidenceTakesAnyLineHoldingTheWords() {
        LoadedLesson l = lesson("can-we-trust-these-notes");
        Question q = question(l, "completion");
        assertThat(Grading.grade(q, Answer.Evidence.of(16), l).correct()).isTrue();
        assertThat(Grading.grade(q, Answer.Evidence.of(31), l).correct()).isTrue();
        Score wrong = Grading.grade(q, Answer.Evidence.of(12), l);
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.feedback().get(0).lines()).containsExactly(10, 14, 16, 21, 31);
    }

    @Test
    void sendReinforcementsIsNotTheTroopsLine() {
        // line 25 most likely means sending three leaders (they "should fly"); the troops are line 29
        LoadedLesson l = lesson("who-said-what");
        Question q = question(l, "evidence-reinforcements");
        assertThat(Grading.grade(q, Answer.Evidence.of(29), l).correct()).isTrue();
        Score leaders = Grading.grade(q, Answer.Evidence.of(25), l);
        assertThat(leaders.correct()).isFalse();
        assertThat(leaders.feedback().get(0).lines()).containsExactly(29);
    }

    @Test
    void trueFalseShowsTheEvidence() {
        LoadedLesson l = lesson("who-said-what");
        Question q = question(l, "shepilov-present");
        assertThat(Grading.grade(q, Answer.TrueFalse.of(false), l).correct()).isTrue();
        Score wrong = Grading.grade(q, Answer.TrueFalse.of(true), l);
        assertThat(keys(wrong)).startsWith("feedback.tf.false", "feedback.quote");
        assertThat(wrong.feedback().get(1).lines()).containsExactly(3);
    }

    @Test
    void orderScoresItemsInTheirPlace() {
        LoadedLesson l = lesson("who-said-what");
        Question q = question(l, "order-speakers");
        assertThat(Grading.grade(q, new Answer.Order(List.of(0, 1, 2, 3)), l).correct()).isTrue();
        Score swapped = Grading.grade(q, new Answer.Order(List.of(1, 0, 2, 3)), l);
        assertThat(swapped.points()).isEqualTo(2);
        assertThat(swapped.feedback().get(0).lines()).containsExactly(12, 14, 16, 25);
    }

    @Test
    void choiceAndOpen() {
        LoadedLesson l = lesson("hard-or-soft-line");
        Question q = question(l, "molotov-nagy");
        assertThat(Grading.grade(q, Answer.Choice.of(2), l).correct()).isTrue();
        Score wrong = Grading.grade(q, Answer.Choice.of(0), l);
        assertThat(wrong.feedback().get(0).args()).containsExactly("Nothing: his recorded words are about Mikoyan, not Nagy.");
        Score open = Grading.grade(question(l, "open-khrushchev"), new Answer.Open("He defended him."), l);
        assertThat(open.pending()).isTrue();
        assertThat(open.max()).isEqualTo(4);
    }

    private static Answer.Grid with(Answer.Grid grid, String speaker, String topic, String stance) {
        Map<Answer.Cell, String> cells = new HashMap<>(grid.stances());
        cells.put(new Answer.Cell(speaker, topic), stance);
        return new Answer.Grid(cells);
    }

    /** Every kind, stored and read back, is the same answer; a blank answer stores as nothing. */
    @Test
    void everyKindOfAnswerSurvivesStoring() {
        LoadedLesson who = lesson("who-said-what");
        LoadedLesson grid = lesson("hard-or-soft-line");
        Map<Question, Answer> examples = new LinkedHashMap<>();
        for (LoadedLesson l : List.of(who, grid, lesson("can-we-trust-these-notes"))) {
            l.plan().activities().stream().filter(a -> a instanceof Activity.QuestionSet)
                    .flatMap(a -> ((Activity.QuestionSet) a).questions().stream()).forEach(q -> examples.putIfAbsent(q, example(q)));
        }
        assertThat(examples.values()).extracting(v -> v.getClass().getSimpleName()).as("the lessons ask every kind")
                .contains("Choice", "WhoSaidIt", "TrueFalse", "Evidence", "Matching", "Grid", "Order", "Open");
        examples.forEach((q, answer) -> {
            String stored = AnswerCodec.encode(answer);
            assertThat(AnswerCodec.decode(q, stored)).as(stored).isEqualTo(answer);
            assertThat(AnswerCodec.encode(Answer.blank(q))).isEmpty();
            assertThat(AnswerCodec.decode(q, null)).isEqualTo(Answer.blank(q));
        });
    }

    private static Answer example(Question q) {
        return switch (q) {
            case Question.Choice c -> Answer.Choice.of(c.options().size() - 1);
            case Question.WhoSaidIt w -> Answer.WhoSaidIt.of(Question.NOT_IN_RECORD);
            case Question.TrueFalse t -> Answer.TrueFalse.of(false);
            case Question.PickEvidence p -> Answer.Evidence.of(29);
            case Question.Matching m -> new Answer.Matching(Map.of(0, "zhukov", m.pairs().size() - 1, "molotov"));
            case Question.PositionsGrid g -> new Answer.Grid(Map.of(new Answer.Cell(g.speakers().get(0), g.topics().get(0)), "critical"));
            case Question.Order o -> new Answer.Order(List.of(1, 0));
            case Question.Open o -> new Answer.Open("Mikoyan & Suslov = \"absent\"\nline two, 50% sure");
        };
    }

    /** A stored answer that no longer fits the question (a lesson changed since) reads as blank parts, never fails. */
    @Test
    void storedAnswersThatNoLongerFitAreReadAsBlank() {
        LoadedLesson l = lesson("who-said-what");
        Question choice = l.plan().activities().stream().filter(a -> a instanceof Activity.QuestionSet)
                .flatMap(a -> ((Activity.QuestionSet) a).questions().stream())
                .filter(q -> q instanceof Question.Choice).findFirst().orElseThrow();
        assertThat(AnswerCodec.decode(choice, "option=99")).isEqualTo(Answer.blank(choice));
        assertThat(AnswerCodec.decode(choice, "option=two&junk")).isEqualTo(Answer.blank(choice));
        Question.PositionsGrid grid = question(lesson("hard-or-soft-line"), "grid");
        assertThat(AnswerCodec.decode(grid, "nobody%2Fnothing=critical")).isEqualTo(Answer.blank(grid));
        // an answer of another kind scores as a blank one
        assertThat(Grading.grade(grid, Answer.WhoSaidIt.of("zhukov"), lesson("hard-or-soft-line")).points()).isZero();
    }
}
