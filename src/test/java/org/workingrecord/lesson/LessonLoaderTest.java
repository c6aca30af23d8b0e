package org.workingrecord.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of mistake a teacher can make in a lesson file, and the message that says what to fix. */
class LessonLoaderTest {

    @TempDir
    Path root;

    /** The worked example's lesson from lesson-plans/README.md: the documentation is a lesson that must load. */
    static String example() throws IOException {
        return readmeBlock("# lesson-plans/first-look/lesson.yaml");
    }

    /** The worked example's source pack from lesson-plans/README.md. */
    static String examplePack() throws IOException {
        return readmeBlock("# lesson-plans/sources/presidium-1956-10-26.yaml");
    }

    private static String readmeBlock(String firstLine) throws IOException {
        String readme = Files.readString(Path.of("lesson-plans/README.md"));
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (m.find()) {
            if (m.group(1).startsWith(firstLine + "\n")) {
                return m.group(1);
            }
        }
        throw new AssertionError("lesson-plans/README.md has no ```yaml block starting with " + firstLine);
    }

    @BeforeEach
    void copySource() throws IOException {
        Files.createDirectories(root.resolve("sources"));
        Files.copy(Path.of("lesson-plans/sources/presidium-1956-10-26.txt"),
                root.resolve("sources/presidium-1956-10-26.txt"));
        writePack(examplePack());
    }

    private Path pack() {
        return root.resolve("sources/presidium-1956-10-26.yaml");
    }

    private void writePack(String yaml) throws IOException {
        Files.writeString(pack(), yaml);
    }

    /** The problems with the worked example's lesson on this pack. */
    private List<String> packProblems(String packYaml) throws IOException {
        writePack(packYaml);
        return problemsFor(example());
    }

    private void write(String id, String yaml) throws IOException {
        Files.createDirectories(root.resolve(id));
        Files.writeString(root.resolve(id).resolve("lesson.yaml"), yaml);
    }

    private List<String> problemsFor(String yaml) throws IOException {
        write("first-look", yaml);
        LessonLoader.LoadResult result = LessonLoader.loadAll(root);
        return result.problems().stream().map(Problem::toString).toList();
    }

    private static int lineOf(String yaml, String text) {
        String before = yaml.substring(0, yaml.indexOf(text));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theDocumentedExampleLoads() throws IOException {
        write("first-look", example());
        LessonLoader.LoadResult result = LessonLoader.loadAll(root);
        assertThat(result.problems()).isEmpty();
        LessonPlan plan = result.lessons().get(0).plan();
        assertThat(plan.title()).isEqualTo("A first look at the record");
        assertThat(plan.position("zhukov", "mikoyan").orElseThrow().evidence()).containsExactly("he incites capitulation");
        assertThat(plan.activities()).hasSize(1);
    }

    @Test
    void yamlSyntaxErrorsNameTheLine() throws IOException {
        String yaml = example().replace("summary: A short", "summary: [A short");
        assertThat(problemsFor(yaml)).singleElement().asString()
                .startsWith(root.resolve("first-look/lesson.yaml") + ":")
                .contains("YAML syntax error");
    }

    @Test
    void typosInKeysAreReportedWithASuggestion() throws IOException {
        String yaml = example().replace("summary:", "sumary:");
        assertThat(problemsFor(yaml)).contains(
                root.resolve("first-look/lesson.yaml") + ":" + lineOf(yaml, "sumary") + ": unknown key 'sumary' in the lesson plan: did you mean 'summary'?",
                root.resolve("first-look/lesson.yaml") + ":" + lineOf(yaml, "id: first-look") + ": the lesson plan needs 'summary:'");
    }

    @Test
    void missingAndWronglyTypedFields() throws IOException {
        String yaml = example().replace("title: \"A first look at the record\"\n", "");
        assertThat(problemsFor(yaml)).singleElement().asString().endsWith("the lesson plan needs 'title:'");
        String pack = examplePack().replace("    aliases: [Zhukov]", "    aliases: Zhukov");
        assertThat(packProblems(pack)).contains(pack() + ":" + lineOf(pack, "aliases: Zhukov")
                + ": speakers[1].aliases should be a list (one '- ' item per line), but it is the text 'Zhukov'");
    }

    @Test
    void wordsForTheScreenAndAQuoteInItsOwnPromptAreFlaggedBecauseWorksheetsPrintThem() throws IOException {
        String clicky = example().replace("instructions: Use the record to answer.", "instructions: Click the line that answers.");
        assertThat(problemsFor(clicky)).singleElement().asString()
                .startsWith(root.resolve("first-look/lesson.yaml") + ":" + lineOf(clicky, "instructions: Click"))
                .contains("'Click' only makes sense on a screen").contains("say 'find' or 'choose'");
        String twice = example().replace("prompt: Who said this?", "prompt: \"Who said: 'he incites capitulation'?\"");
        assertThat(problemsFor(twice)).singleElement().asString().contains(":" + lineOf(twice, "prompt: \"Who said:"))
                .endsWith("the prompt repeats the quote, which is shown after it anyway: ask 'Who said this?' and leave the words to 'quote:'");
    }

    @Test
    void aChoiceMayKeepTheOrderOfItsOptions() throws IOException {
        String choice = """
                      - id: q2
                        type: choice
                        prompt: How sure is the record about this?
                        options: [Very sure, Fairly sure, Not sure]
                        answer: 3
                        keep-order: true
                        explanation: It is a note, not a transcript.
                """;
        String yaml = example().replace("\nteacher-notes:", choice.stripTrailing().lines().map(l -> "  " + l.substring(2))
                .reduce("", (a, b) -> a + "\n" + b) + "\n\nteacher-notes:");
        assertThat(problemsFor(yaml)).isEmpty();
        Question.Choice q = (Question.Choice) ((Activity.QuestionSet) LessonLoader.loadAll(root).lessons().get(0).plan().activities().get(0))
                .questions().get(1);
        assertThat(q.keepOrder()).isTrue();
        assertThat(problemsFor(yaml.replace("keep-order: true", "keep-order: sometimes"))).singleElement().asString()
                .contains("should be true or false");
        assertThat(problemsFor(yaml.replace("keep-order: true", "keep-ordr: true"))).singleElement().asString()
                .contains("did you mean 'keep-order'?");
    }

    @Test
    void duplicateIdsAndDuplicateKeys() throws IOException {
        String speaker = examplePack().substring(examplePack().indexOf("  - id: zhukov"), examplePack().indexOf("glossary:"));
        assertThat(packProblems(examplePack().replace(speaker, speaker + speaker)))
                .anyMatch(p -> p.startsWith(pack() + ":") && p.endsWith("speaker id 'zhukov' is used twice"));
        writePack(examplePack());
        String yaml = example().replace("duration: 20", "duration: 20\nduration: 25");
        assertThat(problemsFor(yaml)).anyMatch(p -> p.contains("'duration' is given twice (first on line " + lineOf(yaml, "duration: 20")));
    }

    @Test
    void unknownSpeakersTopicsAndStances() throws IOException {
        String yaml = example().replace("  - speaker: zhukov\n    topic: mikoyan\n    stance: critical",
                "  - speaker: zukov\n    topic: nagy\n    stance: hostile");
        List<String> problems = problemsFor(yaml);
        assertThat(problems).anyMatch(p -> p.endsWith("unknown speaker 'zukov': did you mean 'zhukov'?"));
        assertThat(problems).anyMatch(p -> p.endsWith("unknown topic 'nagy'; topics are: mikoyan"));
        assertThat(problems).anyMatch(p -> p.contains("unknown stance 'hostile'"));
    }

    @Test
    void evidenceMustBeInTheSourceWordForWord() throws IOException {
        String yaml = example().replace("evidence: [\"he incites capitulation\"]", "evidence: [\"he invites capitulation\"]");
        assertThat(problemsFor(yaml)).singleElement().asString()
                .contains(":" + lineOf(yaml, "he invites") + ": 'he invites capitulation' is not in the source: copy the words exactly");
    }

    @Test
    void quotationsInProseMustBeTheSourcesWordsToo() throws IOException {
        String prose = "explanation: Zhukov says Mikoyan pushes towards surrender.";
        assertThat(example()).contains(prose);
        String misquote = example().replace(prose, "explanation: Zhukov says Mikoyan \"invites capitulation, he does\".");
        assertThat(problemsFor(misquote)).singleElement().asString()
                .contains(":" + lineOf(misquote, "invites capitulation") + ": \"invites capitulation, he does\" is in quotation marks but not in the source");
        // the source's words, with curly quotes, an omission and the right line, are fine
        assertThat(problemsFor(example().replace(prose, "explanation: Zhukov says “he incites … capitulation” (line 16)."))).isEmpty();
        assertThat(problemsFor(example().replace(prose, "explanation: Zhukov says \"he incites capitulation\" (line 18).")))
                .singleElement().asString().contains("\"he incites capitulation\" is on line 16 of the source, not line 18");
        // a deliberate non-source quotation, listed as such
        String listed = misquote.replace("title: \"A first look at the record\"",
                "title: \"A first look at the record\"\nnot-from-the-source: [\"invites capitulation, he does\"]");
        assertThat(problemsFor(listed)).isEmpty();
        // two words are not a quotation of the source (a term), and the lesson may quote its own texts
        assertThat(problemsFor(example().replace(prose, "explanation: He means \"capitulation, surrender\"; see \"Who said it?\"")))
                .isEmpty();
    }

    @Test
    void quotationsInTheTeacherGuideAreCheckedWithTheGuidesLine() throws IOException {
        write("first-look", example());
        Files.writeString(root.resolve("first-look").resolve(LessonLoader.GUIDE_FILE),
                "# Guide\n\nAsk who said \"he incites capitulation\" (line 16).\nThen: \"our troops must\nleave now\".\n");
        List<String> problems = LessonLoader.loadAll(root).problems().stream().map(Problem::toString).toList();
        assertThat(problems).singleElement().asString()
                // a quotation over a line break is named on one line, at the line where it starts
                .contains("teacher-guide.md:4: \"our troops must leave now\" is in quotation marks but not in the source");
    }

    @Test
    void aWrongDashGetsAHint() throws IOException {
        String pack = examplePack().replace("quote: \"ASK IGOR\"", "quote: \"If we make concessions - they will see it as weakness\"");
        List<String> problems = packProblems(pack);
        assertThat(problems.get(0)).startsWith(pack() + ":" + lineOf(pack, "If we make")).contains("with a different dash")
                .contains("the source has 'If we make concessions – they will see it as weakness'; '–' is an en dash");
        // and the other way round: where the source has a hyphen, the hint says so, not '–'
        String hyphen = examplePack().replace("quote: \"ASK IGOR\"", "quote: \"Establish a Military–Rev[olutionary] C[ommittee].\"");
        assertThat(packProblems(hyphen).get(0))
                .contains("the source has 'Establish a Military-Rev[olutionary] C[ommittee].'; '-' is a hyphen").doesNotContain("en dash");
    }

    @Test
    void evidenceMustBeInThatSpeakersTurn() throws IOException {
        String yaml = example().replace("evidence: [\"he incites capitulation\"]", "evidence: [\"Maintain a firm line.\"]");
        assertThat(problemsFor(yaml)).singleElement().asString()
                .endsWith("'Maintain a firm line.' is said by Bulganin (line 12), not by Georgy Zhukov");
        String note = example().replace("evidence: [\"he incites capitulation\"]", "evidence: [\"Postpone.\"]");
        assertThat(problemsFor(note)).singleElement().asString().contains("not inside a speaker's turn");
    }

    @Test
    void answerKeysMustFitTheirQuestions() throws IOException {
        String questions = """
                      - id: q2
                        type: choice
                        prompt: Pick one.
                        options: [a, b]
                        answer: 3
                        explanation: x
                      - id: q3
                        type: who-said-it
                        prompt: Who?
                        quote: "Maintain a firm line."
                        answer: not-in-record
                        explanation: x
                      - id: q4
                        type: positions-grid
                        prompt: Grid
                        speakers: [zhukov]
                        topics: [mikoyan, force]
                        explanation: x
                      - id: q5
                        type: order
                        prompt: Order
                        items:
                          - text: Khrushchev
                            quote: "Reinforce with troops."
                          - text: Bulganin
                            quote: "Maintain a firm line."
                        explanation: x
                """;
        String yaml = example().replace("\nteacher-notes:", questions + "\nteacher-notes:");
        List<String> problems = problemsFor(yaml);
        assertThat(problems).anyMatch(p -> p.contains("answer should be a whole number from 1 to 2, but it is the text '3'"));
        assertThat(problems).anyMatch(p -> p.endsWith("the key says 'not-in-record', but these words are in the source"));
        assertThat(problems).anyMatch(p -> p.contains("unknown topic 'force'"));
        assertThat(problems).anyMatch(p -> p.endsWith("the key puts 'Bulganin' after 'Khrushchev', but the source has it before: "
                + "list the items in their correct order"));
    }

    @Test
    void gridCellsWithoutAKeyAreReported() throws IOException {
        String grid = """
                      - id: g
                        type: positions-grid
                        prompt: Grid
                        speakers: [zhukov, bulganin]
                        topics: [mikoyan]
                        explanation: x
                """;
        String bulganin = """
                  - id: bulganin
                    name: Nikolai Bulganin
                    aliases: [Bulganin]
                    role: head of government
                    bio: Chairman of the Council of Ministers.
                """;
        writePack(examplePack().replace("\nglossary:", "\n" + bulganin + "\nglossary:"));
        String yaml = example().replace("\nteacher-notes:", grid + "\nteacher-notes:");
        assertThat(problemsFor(yaml)).singleElement().asString()
                .endsWith("the grid asks about 'bulganin' on 'mikoyan' but 'positions:' has no key for it "
                        + "(use stance not-stated if the record is silent)");
    }

    @Test
    void aMissingSourceFileOrOneOutsideTheFolder() throws IOException {
        String fileLine = "file: presidium-1956-10-26.txt";
        assertThat(examplePack()).contains(fileLine);
        List<String> missing = packProblems(examplePack().replace(fileLine, "file: missing.txt"));
        assertThat(missing.get(0)).startsWith(pack() + ":3:").contains("source file 'missing.txt' not found");
        // the pack's problem is reported once, and the lesson says which pack holds it back
        assertThat(missing).hasSize(2);
        assertThat(missing.get(1)).startsWith(root.resolve("first-look/lesson.yaml") + ":")
                .endsWith("the source pack 'presidium-1956-10-26' has problems (listed for sources/presidium-1956-10-26.yaml); "
                        + "this lesson loads once they are fixed");
        assertThat(packProblems(examplePack().replace(fileLine, "file: ../../../etc/passwd")).get(0))
                .contains("must be inside the lesson-plans folder");
    }

    @Test
    void aSourceThatIsNotAWorkingRecord() throws IOException {
        Files.writeString(root.resolve("sources/prose.txt"), "Just some prose.\nNo turns at all.\n");
        assertThat(packProblems(examplePack().replace("file: presidium-1956-10-26.txt", "file: prose.txt")).get(0))
                .contains("cannot be read as a working record: No speaker turns found");
    }

    @Test
    void theSourcePackIsReadOnceForAllItsLessons() throws IOException {
        write("first-look", example());
        write("second-look", example().replace("id: first-look", "id: second-look"));
        LessonLoader.LoadResult result = LessonLoader.loadAll(root);
        assertThat(result.problems()).isEmpty();
        SourcePack pack = result.sources().get(0);
        assertThat(pack.id()).isEqualTo("presidium-1956-10-26");
        assertThat(result.lessons()).hasSize(2).allSatisfy(l -> {
            assertThat(l.sources().texts()).singleElement().satisfies(t -> assertThat(t.index()).isSameAs(pack.index()));
            assertThat(l.plan().speakers()).isEqualTo(pack.speakers());
            assertThat(l.plan().sources().get(0).citation()).isEqualTo("Working record of the Presidium of the CC CPSU, 26 October 1956.");
            assertThat(l.plan().sources().get(0).file()).isEqualTo("sources/presidium-1956-10-26.txt");
        });
    }

    @Test
    void lessonsComeInTheirSuggestedTeachingOrder() throws IOException {
        String unnumbered = example().lines().filter(l -> !l.startsWith("sequence:")).collect(Collectors.joining("\n"));
        write("a-first-in-the-folder", unnumbered.replace("id: first-look", "id: a-first-in-the-folder"));
        write("first-look", example());
        write("second-look", example().replace("id: first-look", "id: second-look").replace("sequence: 1 ", "sequence: 2 "));
        assertThat(LessonLoader.loadAll(root).lessons()).extracting(l -> l.plan().id())
                .as("numbered lessons first, by number; then the others in folder order")
                .containsExactly("first-look", "second-look", "a-first-in-the-folder");
        write("second-look", example().replace("id: first-look", "id: second-look").replace("sequence: 1 ", "sequence: first "));
        assertThat(LessonLoader.loadAll(root).problems()).singleElement().asString()
                .contains("sequence should be a whole number from 1 to 999, but it is the text 'first'");
    }

    @Test
    void aLessonAddsItsOwnNotesAfterThePacks() throws IOException {
        String own = """
                glossary:
                  - term: firm line
                    definition: A hard-line policy.
                annotations:
                  - quote: "Maintain a firm line."
                    kind: note
                    note: Bulganin's closing words.
                """;
        write("first-look", example().replace("\nstances:", "\n" + own + "stances:"));
        LessonPlan plan = LessonLoader.loadAll(root).lessons().get(0).plan();
        assertThat(plan.glossary()).extracting(LessonPlan.GlossaryTerm::term).containsExactly("capitulation", "firm line");
        assertThat(plan.sources().get(0).annotations()).extracting(LessonPlan.Annotation::quote)
                .containsExactly("ASK IGOR", "Maintain a firm line.");
        // and its own notes are checked against the record like the pack's
        String wrong = example().replace("\nstances:", "\n" + own.replace("Maintain a firm line.", "Keep a firm line.") + "stances:");
        assertThat(problemsFor(wrong)).singleElement().asString().contains("'Keep a firm line.' is not in the source");
    }

    @Test
    void aLessonNamesAPackThatExists() throws IOException {
        assertThat(problemsFor(example().replace("source: presidium-1956-10-26", "source: presidium-1956-10-25")))
                .singleElement().asString().endsWith("no source pack 'presidium-1956-10-25': a pack is the file "
                        + "lesson-plans/sources/presidium-1956-10-25.yaml; did you mean 'presidium-1956-10-26'?");
        // a lesson written before packs: told where its record's content now goes
        String inline = example().replace("source: presidium-1956-10-26", "source:\n  file: sources/presidium-1956-10-26.txt");
        assertThat(problemsFor(inline)).singleElement().asString().contains("'source:' names a source pack by its id");
        String speakers = example().replace("\nstances:", "\nspeakers:\n  - id: zhukov\n\nstances:");
        assertThat(problemsFor(speakers)).singleElement().asString().contains("speakers belong to the source pack");
    }

    @Test
    void aPackIsCheckedLikeALesson() throws IOException {
        String pack = examplePack().replace("id: presidium-1956-10-26 ", "id: presidium-1956 ")
                .replace("citation:", "citaton:")
                .replace("text: The archival line says the notes are in pencil.",
                        "text: The archival line says \"written in pencil during the meeting\".");
        List<String> problems = packProblems(pack);
        assertThat(problems).contains(
                pack() + ":" + lineOf(pack, "id: presidium-1956 ") + ": id 'presidium-1956' must match the file name "
                        + "'presidium-1956-10-26.yaml'",
                pack() + ":" + lineOf(pack, "citaton") + ": unknown key 'citaton' in the source pack: did you mean 'citation'?",
                pack() + ":" + (lineOf(pack, "written in pencil")) + ": \"written in pencil during the meeting\" is in quotation "
                        + "marks but not in the source: quote the source's exact words (spaces, quote marks and dashes may "
                        + "differ, nothing else), or, if it is deliberately not the source's wording, list it under "
                        + "not-from-the-source");
    }

    @Test
    void oversizedBinaryAndEmptyFiles() throws IOException {
        String big = example() + "# " + "x".repeat(LessonLoader.MAX_FILE_BYTES) + "\n";
        assertThat(problemsFor(big)).singleElement().asString().contains("the limit is 256 KB");
        Files.write(root.resolve("first-look/lesson.yaml"), new byte[] {'i', 'd', ':', 0, 1, 2});
        assertThat(LessonLoader.loadAll(root).problems()).singleElement().asString().contains("not a text file");
        assertThat(problemsFor("")).singleElement().asString().contains("the file is empty");
    }

    @Test
    void aliasBombsAreRefused() throws IOException {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                """;
        assertThat(problemsFor(bomb)).singleElement().asString().contains("too many YAML aliases");
        String oneAlias = examplePack().replace("citation: \"", "citation: &c \"").replace("name: Georgy Zhukov", "name: *c");
        assertThat(packProblems(oneAlias)).anyMatch(p -> p.contains("repeats content with a YAML alias"));
    }

    @Test
    void theIdMustMatchTheFolder() throws IOException {
        assertThat(problemsFor(example().replace("id: first-look", "id: First_Look"))).anyMatch(
                p -> p.contains("may use only lower-case letters")).anyMatch(p -> p.contains("must match its folder name 'first-look'"));
    }

    @Test
    void aBrokenLessonIsSkippedAndTheOthersLoad() throws IOException {
        write("first-look", example());
        Files.createDirectories(root.resolve("broken"));
        Files.writeString(root.resolve("broken/lesson.yaml"), "id: broken\ntitle: [unclosed\n");
        LessonLoader.LoadResult result = LessonLoader.loadAll(root);
        assertThat(result.lessons()).extracting(l -> l.plan().id()).containsExactly("first-look");
        assertThat(result.problems()).singleElement().extracting(Problem::file).asString().endsWith("broken/lesson.yaml");
    }

    @Test
    void anEmptyOrMissingFolder() {
        assertThat(LessonLoader.loadAll(root).problems()).singleElement().asString().contains("no lessons found");
        assertThat(LessonLoader.loadAll(root.resolve("nope")).problems()).singleElement().asString()
                .contains("does not exist");
    }
}
