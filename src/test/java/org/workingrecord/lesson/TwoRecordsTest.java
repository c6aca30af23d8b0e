package org.workingrecord.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.Feedback;
import org.workingrecord.grading.Grading;
import org.workingrecord.grading.Score;
import org.workingrecord.support.TwoRecords;

/**
 * A lesson that reads two records ({@code sources: [a, b]}): each record keeps its own line numbers and
 * is cited with its letter ("B7"), quotations are checked against both, feedback and grading point at
 * the right record. Record A is the shipped record of 26 October 1956 (34 lines), record B a short test
 * record (8 lines, places 35-42).
 */
class TwoRecordsTest {

    @TempDir
    Path root;
    private Path lessonFile;

    @BeforeEach
    void folder() {
        TwoRecords.folder(root);
        lessonFile = root.resolve(TwoRecords.LESSON).resolve("lesson.yaml");
    }

    private LoadedLesson lesson() {
        LessonLoader.LoadResult result = LessonLoader.loadAll(root);
        assertThat(result.problems()).isEmpty();
        return result.lessons().get(0);
    }

    private List<String> problemsAfter(String from, String to) throws IOException {
        String yaml = Files.readString(lessonFile);
        assertThat(yaml).contains(from);
        Files.writeString(lessonFile, yaml.replace(from, to));
        return LessonLoader.loadAll(root).problems().stream().map(Problem::toString).toList();
    }

    @SuppressWarnings("unchecked")
    private static <Q extends Question> Q question(LoadedLesson lesson, String id) {
        return (Q) lesson.plan().activities().stream().filter(a -> a instanceof Activity.QuestionSet)
                .flatMap(a -> ((Activity.QuestionSet) a).questions().stream()).filter(q -> q.id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void eachRecordKeepsItsLinesAndIsCitedWithItsLetter() {
        LessonSources sources = lesson().sources();
        assertThat(sources.several()).isTrue();
        assertThat(sources.texts()).extracting(LessonSources.Text::letter).containsExactly("A", "B");
        assertThat(sources.texts()).extracting(t -> t.ref().id()).containsExactly("presidium-1956-10-26", "telegram-test");
        assertThat(sources.texts()).extracting(LessonSources.Text::lineCount).containsExactly(34, 8);
        assertThat(sources.placeCount()).isEqualTo(42);

        LessonSources.Found suslov = sources.find("Agrees with Comrade Mikoyan.").orElseThrow();
        assertThat(suslov.text().letter()).isEqualTo("B");
        assertThat(suslov.firstLine()).isEqualTo(6);
        assertThat(suslov.places()).containsExactly(40);
        assertThat(suslov.turn().orElseThrow().speaker()).isEqualTo("Suslov");
        assertThat(sources.label(40)).isEqualTo("B6");
        assertThat(sources.places("he incites capitulation")).containsExactly(16);
        assertThat(sources.label(16)).isEqualTo("A16");
        // neighbouring lines of one record are joined; a new record starts a new part
        assertThat(sources.label(List.of(16, 17, 34, 35, 40))).isEqualTo("A16-17, A34, B1, B6");

        // what a student types, in any case and spacing; a line that is not there is no place
        assertThat(sources.place("B6")).contains(40);
        assertThat(sources.place(" b 6 ")).contains(40);
        assertThat(sources.place("a16")).contains(16);
        assertThat(sources.place("6")).as("with two records the letter is needed").isEmpty();
        assertThat(sources.place("B9")).isEmpty();
        assertThat(sources.place("C1")).isEmpty();
        assertThat(sources.place("B0")).isEmpty();
        assertThat(sources.line(40).orElseThrow().segment().display()).isEqualTo("Comrade Suslov. Agrees with Comrade Mikoyan.");
    }

    @Test
    void oneRecordIsCitedByItsLineNumbersAlone() {
        LessonLoader.LoadResult shipped = LessonLoader.loadAll(Path.of("lesson-plans"));
        LessonSources one = shipped.lessons().get(0).sources();
        assertThat(one.several()).isFalse();
        assertThat(one.label(16)).isEqualTo("16");
        assertThat(one.label(List.of(18, 19))).isEqualTo("18-19");
        assertThat(one.place("16")).contains(16);
        assertThat(one.place("A16")).isEmpty();
        assertThat(one.place("35")).isEmpty();
    }

    @Test
    void speakersOfBothRecordsAreTheLessonsAndOnePersonIsOneSpeaker() {
        LessonPlan plan = lesson().plan();
        assertThat(plan.speakers()).extracting(LessonPlan.Speaker::id).containsSubsequence("zhukov", "khrushchev", "mikoyan", "suslov")
                .containsOnlyOnce("khrushchev");
        assertThat(plan.speakerNamed("Suslov")).map(LessonPlan.Speaker::name).contains("Mikhail Suslov");
        // each record keeps its own citation and notes
        assertThat(plan.sources()).extracting(LessonPlan.SourceRef::citation).element(1).asString().startsWith("A test record");
        assertThat(plan.sources().get(1).annotations()).extracting(LessonPlan.Annotation::quote).containsExactly("Send the telegram today.");
        assertThat(plan.sources().get(0).annotations()).extracting(LessonPlan.Annotation::quote).doesNotContain("Send the telegram today.");
    }

    @Test
    void aLessonsOwnNoteGoesToTheRecordItsWordsStandIn() throws IOException {
        Files.writeString(lessonFile, Files.readString(lessonFile).replace("\nstances:", """

                annotations:
                  - quote: "Agrees with Comrade Mikoyan."
                    kind: lesson note
                    note: Suslov backs Mikoyan.
                stances:"""));
        LessonPlan plan = lesson().plan();
        assertThat(plan.sources().get(1).annotations()).extracting(LessonPlan.Annotation::quote)
                .containsExactly("Send the telegram today.", "Agrees with Comrade Mikoyan.");
        assertThat(plan.sources().get(0).annotations()).extracting(LessonPlan.Annotation::quote)
                .doesNotContain("Agrees with Comrade Mikoyan.");
    }

    @Test
    void gradingAndFeedbackPointAtTheRightRecord() {
        LoadedLesson lesson = lesson();
        Question pickB = question(lesson, "pick-b");
        Score right = Grading.grade(pickB, Answer.Evidence.of(40), lesson);
        assertThat(right.correct()).isTrue();
        assertThat(right.feedback().get(0)).isEqualTo(new Feedback("feedback.pick.right", List.of("B6"), List.of(40)));
        // line 6 of record A is not line 6 of record B
        Score wrong = Grading.grade(pickB, Answer.Evidence.of(6), lesson);
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.feedback().get(0)).isEqualTo(new Feedback("feedback.pick.wrong", List.of("A6", "B6"), List.of(40)));
        assertThat(Grading.grade(question(lesson, "pick-a"), Answer.Evidence.of(16), lesson).correct()).isTrue();

        Score who = Grading.grade(question(lesson, "who-b"), Answer.WhoSaidIt.of("suslov"), lesson);
        assertThat(who.correct()).isFalse();
        assertThat(who.feedback()).extracting(Feedback::lines).contains(List.of(39));

        Question grid = question(lesson, "grid");
        Score cells = Grading.grade(grid, new Answer.Grid(Map.of(new Answer.Cell("zhukov", "force"), "calm",
                new Answer.Cell("mikoyan", "force"), "calm")), lesson);
        assertThat(cells.points()).isEqualTo(1);
        assertThat(cells.feedback()).filteredOn(f -> f.key().equals("feedback.grid.wrong")).singleElement()
                .satisfies(f -> {
                    assertThat(f.args()).last().isEqualTo("A16");
                    assertThat(f.lines()).containsExactly(16);
                });
    }

    @Test
    void quotationsAreCheckedAgainstBothRecordsAndLineReferencesByLetter() throws IOException {
        // evidence for a speaker must stand in that speaker's turn, in whichever record holds it
        assertThat(problemsAfter("answer: mikoyan\n", "answer: suslov\n")).singleElement().asString()
                .contains("'The troops should stay outside the city.' is said by Mikoyan (line B5), not by Mikhail Suslov");
        folder();
        assertThat(problemsAfter("(line B5)", "(line B6)")).singleElement().asString()
                .endsWith("\"The troops should stay outside the city\" is on line B5 of the source, not line B6");
        folder();
        assertThat(problemsAfter("(line A16)", "(line B16)")).singleElement().asString()
                .contains("is on line A16 of the source, not line B16");
    }

    @Test
    void theSourcesListIsChecked() throws IOException {
        String list = "sources: [presidium-1956-10-26, telegram-test]";
        assertThat(problemsAfter(list, "sources: [presidium-1956-10-26, telegram-tset]")).singleElement().asString()
                .contains("no source pack 'telegram-tset'", "did you mean 'telegram-test'?");
        Files.writeString(lessonFile, Files.readString(lessonFile).replace("telegram-tset", "telegram-test"));
        assertThat(problemsAfter(list, list + "\nsource: presidium-1956-10-26")).singleElement().asString()
                .contains("write either 'source: <id>' (one record) or 'sources: [<id>, <id>]' (several), not both");
        folder();
        assertThat(problemsAfter(list, "sources: [telegram-test, telegram-test]")).singleElement().asString()
                .contains("a record is listed twice in 'sources:'");
        folder();
        assertThat(problemsAfter(list, "sources: []")).singleElement().asString()
                .contains("sources is empty: it needs at least one item");
        // one id must mean one person in every record
        folder();
        Path pack = root.resolve("sources/telegram-test.yaml");
        Files.writeString(pack, Files.readString(pack).replace("name: Nikita Khrushchev", "name: Nikita S. Khrushchev"));
        assertThat(LessonLoader.loadAll(root).problems()).singleElement().asString()
                .contains("speaker id 'khrushchev' is Nikita Khrushchev in one pack and Nikita S. Khrushchev in 'telegram-test'");
    }

    @Test
    void withTwoRecordsTheOrderOfRecordsCountsForPutInOrder() throws IOException {
        String question = """
                      - id: order
                        type: order
                        prompt: Put these in the order the records give them.
                        items:
                          - text: Zhukov
                            quote: "he incites capitulation"
                          - text: Suslov
                            quote: "Agrees with Comrade Mikoyan."
                        explanation: Record A first, then record B.
                """;
        String yaml = Files.readString(lessonFile);
        Files.writeString(lessonFile, yaml + question);
        assertThat(LessonLoader.loadAll(root).problems()).isEmpty();
        String reversed = question.replace("""
                          - text: Zhukov
                            quote: "he incites capitulation"
                          - text: Suslov
                            quote: "Agrees with Comrade Mikoyan."
                """, """
                          - text: Suslov
                            quote: "Agrees with Comrade Mikoyan."
                          - text: Zhukov
                            quote: "he incites capitulation"
                """);
        assertThat(reversed).isNotEqualTo(question);
        Files.writeString(lessonFile, yaml + reversed);
        Optional<Problem> problem = LessonLoader.loadAll(root).problems().stream().findFirst();
        assertThat(problem).map(Problem::toString).get().asString()
                .contains("the key puts 'Zhukov' after 'Suslov', but the source has it before");
    }
}
