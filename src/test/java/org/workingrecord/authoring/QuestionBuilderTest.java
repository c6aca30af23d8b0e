package org.workingrecord.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.authoring.QuestionBuilder.Kind;
import org.workingrecord.lesson.Activity;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;
import org.workingrecord.support.TestRecords;

/** Questions made from the record: the key comes from the record, the question lands where a teacher would write it. */
@SpringBootTest
@ActiveProfiles("test")
class QuestionBuilderTest {

    @Autowired
    LessonAuthoring lessons;

    @Autowired
    SourceAuthoring sources;

    @Autowired
    TeacherSeeding seeding;

    private long teacher;
    private long lesson;

    @BeforeEach
    void aLessonOnTheShippedRecord() {
        teacher = seeding.seedTeacher("builder" + System.nanoTime(), "Ms Builder", "long enough password").id();
        lesson = lessons.start(teacher, "presidium-1956-10-26", "Built " + System.nanoTime()).id().orElseThrow();
    }

    private static QuestionBuilder.Request ask(Kind kind, String prompt, String words, String line) {
        return new QuestionBuilder.Request(kind, prompt, words, line, false, true, "");
    }

    private LessonAuthoring.Saved add(QuestionBuilder.Request r) {
        return lessons.addQuestion(teacher, lesson, "quiz", r);
    }

    private LoadedLesson newest() {
        return lessons.open(teacher, lesson).orElseThrow().lesson();
    }

    private static Question question(LoadedLesson l, String id) {
        return l.plan().activities().stream().filter(a -> a instanceof Activity.QuestionSet)
                .flatMap(a -> ((Activity.QuestionSet) a).questions().stream()).filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void whoSaidItIsKeyedToTheSpeakerOfTheWordsAndAddedAfterTheLastQuestion() {
        String before = lessons.open(teacher, lesson).orElseThrow().lessonYaml();
        LessonAuthoring.Saved saved = add(ask(Kind.WHO_SAID_IT, "", "he incites capitulation", ""));
        assertThat(saved.problems()).isEmpty();
        assertThat(saved.version()).isEqualTo(2);
        LoadedLesson l = newest();
        Question.WhoSaidIt who = (Question.WhoSaidIt) question(l, "who-2");
        assertThat(who.answer()).isEqualTo("zhukov");
        assertThat(who.prompt()).isEqualTo("Who said this?");
        String place = l.sources().label(l.sources().places("he incites capitulation"));
        assertThat(who.explanation()).isEqualTo("Georgy Zhukov says this (line " + place + ").");
        // the rest of the text is as it was: the comment at the top, the starter's questions, then the new one
        String after = lessons.open(teacher, lesson).orElseThrow().lessonYaml();
        assertThat(after).startsWith(before.substring(0, before.indexOf("      - id: meaning")));
        assertThat(after.indexOf("      - id: who-2")).isGreaterThan(after.indexOf("      - id: meaning"));
        assertThat(((Activity.QuestionSet) l.plan().activities().get(0)).questions()).extracting(Question::id)
                .containsExactly("who-1", "meaning", "who-2");
    }

    @Test
    void aLineGivesItsWordsWithoutTheSpeakersNameThatWouldGiveTheAnswerAway() {
        LoadedLesson l = newest();
        String line = l.sources().label(l.sources().places("Comrade Furtseva. Comrade Mikoyan, obviously, is wrong about Nagy."));
        assertThat(add(ask(Kind.WHO_SAID_IT, "", "", line)).problems()).isEmpty();
        Question.WhoSaidIt who = (Question.WhoSaidIt) question(newest(), "who-2");
        assertThat(who.quote()).isEqualTo("Comrade Mikoyan, obviously, is wrong about Nagy.");
        assertThat(who.answer()).isEqualTo("furtseva");
        // find the line: the whole line is the answer
        assertThat(add(ask(Kind.PICK_EVIDENCE, "Find the line where Furtseva judges Mikoyan.", "", line)).problems()).isEmpty();
        Question.PickEvidence find = (Question.PickEvidence) question(newest(), "find-1");
        assertThat(find.answers()).containsExactly("Comrade Furtseva. Comrade Mikoyan, obviously, is wrong about Nagy.");
        assertThat(find.explanation()).isEqualTo("The words stand on line " + line + ".");
    }

    @Test
    void trueOrFalseAndOpenQuestionsAndANewSet() {
        LessonAuthoring.Saved tf = add(new QuestionBuilder.Request(Kind.TRUE_FALSE, "Zhukov wants concessions.",
                "he incites capitulation", "", false, false, ""));
        assertThat(tf.problems()).isEmpty();
        Question.TrueFalse t = (Question.TrueFalse) question(newest(), "true-false-1");
        assertThat(t.answer()).isFalse();
        assertThat(t.evidence()).isEqualTo("he incites capitulation");
        LessonAuthoring.Saved open = lessons.addQuestion(teacher, lesson, "", new QuestionBuilder.Request(Kind.OPEN,
                "Why might Furtseva speak of Nagy and not of the troops?", "", "", false, true, "She blames Mikoyan for trusting Nagy."));
        assertThat(open.problems()).isEmpty();
        LoadedLesson l = newest();
        assertThat(l.plan().activities()).extracting(Activity::id).containsExactly("quiz", "more-questions-1");
        assertThat(((Question.Open) question(l, "open-1")).rubric()).hasSize(3);
        // the new set is offered next time
        assertThat(lessons.open(teacher, lesson).orElseThrow().questionSets()).containsKeys("quiz", "more-questions-1");
    }

    @Test
    void wordsNotInTheRecordSayWhyAndSaveNothing() {
        assertThat(add(ask(Kind.WHO_SAID_IT, "", "Nagy must be shot at once", "")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("These words are not in the record."));
        assertThat(add(ask(Kind.WHO_SAID_IT, "", "he incites capitulation", "999")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("There is no line 999 in the record."));
        // a hyphen where the record has a dash: the record's words are shown
        assertThat(add(ask(Kind.PICK_EVIDENCE, "Find it.", "Send reinforcements - Molotov, Zhukov, Malenkov.", "")).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("“Send reinforcements – Molotov, Zhukov, Malenkov.”"));
        assertThat(add(ask(Kind.PICK_EVIDENCE, "", "he incites capitulation", "")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("Write what students should look for"));
        assertThat(lessons.open(teacher, lesson).orElseThrow().versions()).hasSize(1);
    }

    @Test
    void wordsNobodySaysAreKeyedNotStatedAndANoteHasNoSpeaker() throws Exception {
        QuestionBuilder.Request invented = new QuestionBuilder.Request(Kind.WHO_SAID_IT, "", "Hungary must leave the Warsaw Pact.", "",
                true, true, "");
        assertThat(add(invented).problems()).isEmpty();
        assertThat(((Question.WhoSaidIt) question(newest(), "who-2")).answer()).isEqualTo(Question.NOT_IN_RECORD);
        QuestionBuilder.Request said = new QuestionBuilder.Request(Kind.WHO_SAID_IT, "", "he incites capitulation", "", true, true, "");
        assertThat(add(said).problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("These words are in the record"));

        long source = sources.create(teacher, TestRecords.COUNCIL, SourceAuthoringTest.council("Council " + System.nanoTime()))
                .id().orElseThrow();
        lesson = lessons.start(teacher, sources.open(teacher, source).orElseThrow().summary().packId(), "On the council " + System.nanoTime())
                .id().orElseThrow();
        assertThat(add(ask(Kind.WHO_SAID_IT, "", "Decision: ask the parents.", "")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("These words are not in one speaker’s turn"));
        // a turn running over two lines belongs to its speaker on both
        assertThat(add(ask(Kind.WHO_SAID_IT, "", "It is good for the pupils.", "")).problems()).isEmpty();
        Optional<Question> q = Optional.of(question(newest(), "who-2"));
        assertThat(q).get().extracting(x -> ((Question.WhoSaidIt) x).answer()).isEqualTo("khrushchev");
        assertThat(List.of(newest().plan().speakers().get(0).id())).containsExactly("khrushchev");
    }

    @Test
    void statementsGivenInAnyOrderAreKeyedInTheRecordsOrder() {
        LessonAuthoring.Saved saved = add(new QuestionBuilder.Request(Kind.ORDER, "", "he incites capitulation\n"
                + "Comrade Mikoyan’s position is wrong\nComrade Mikoyan, obviously, is wrong about Nagy.", "", false, true, ""));
        assertThat(saved.problems()).isEmpty();
        Question.Order order = (Question.Order) question(newest(), "order-1");
        assertThat(order.items()).extracting(Question.OrderItem::text).containsExactly("Comrade Mikoyan’s position is wrong",
                "he incites capitulation", "Comrade Mikoyan, obviously, is wrong about Nagy.");
        assertThat(order.prompt()).isEqualTo("Put these in the order they come in the record.");
        assertThat(add(new QuestionBuilder.Request(Kind.ORDER, "", "he incites capitulation", "", false, true, "")).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("Give two to eight statements"));
        assertThat(add(new QuestionBuilder.Request(Kind.ORDER, "", "he incites capitulation\nNagy must go", "", false, true, "")).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
                        "This statement is not in the record: “Nagy must go”. Copy it exactly as the record writes it."));
    }
}
