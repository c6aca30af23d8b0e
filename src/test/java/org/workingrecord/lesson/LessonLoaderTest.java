package org.workingrecord.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of mistake a teacher can make in a lesson file, and the message that says what to fix. */
class LessonLoaderTest {

    @TempDir
    Path root;

    /** The worked example from lesson-plans/README.md: the documentation is a lesson that must load. */
    static String example() throws IOException {
        String readme = Files.readString(Path.of("lesson-plans/README.md"));
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @BeforeEach
    void copySource() throws IOException {
        Files.createDirectories(root.resolve("sources"));
        Files.copy(Path.of("lesson-plans/sources/presidium-1956-10-26.txt"),
                root.resolve("sources/presidium-1956-10-26.txt"));
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
                root.resolve("first-look/lesson.yaml") + ":1: the lesson plan needs 'summary:'");
    }

    @Test
    void missingAndWronglyTypedFields() throws IOException {
        String yaml = example().replace("    aliases: [Zhukov]", "    aliases: Zhukov").replace("title: \"A first look at the record\"\n", "");
        List<String> problems = problemsFor(yaml);
        assertThat(problems).anyMatch(p -> p.endsWith("the lesson plan needs 'title:'"));
        assertThat(problems).anyMatch(p -> p.contains(":" + lineOf(yaml, "aliases: Zhukov")
                + ": speakers[1].aliases should be a list (one '- ' item per line), but it is the text 'Zhukov'"));
    }

    @Test
    void duplicateIdsAndDuplicateKeys() throws IOException {
        String speaker = example().substring(example().indexOf("  - id: zhukov"), example().indexOf("glossary:"));
        String yaml = example().replace(speaker, speaker + speaker).replace("duration: 20", "duration: 20\nduration: 25");
        List<String> problems = problemsFor(yaml);
        assertThat(problems).anyMatch(p -> p.endsWith("speaker id 'zhukov' is used twice"));
        assertThat(problems).anyMatch(p -> p.contains("'duration' is given twice (first on line " + lineOf(yaml, "duration: 20")));
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
                "# Guide\n\nAsk who said \"he incites capitulation\" (line 16).\nThen: \"our troops must leave now\".\n");
        List<String> problems = LessonLoader.loadAll(root).problems().stream().map(Problem::toString).toList();
        assertThat(problems).singleElement().asString()
                .contains("teacher-guide.md:4: \"our troops must leave now\" is in quotation marks but not in the source");
    }

    @Test
    void aWrongDashGetsAHint() throws IOException {
        String yaml = example().replace("quote: \"ASK IGOR\"", "quote: \"If we make concessions - they will see it as weakness\"");
        assertThat(problemsFor(yaml)).singleElement().asString().contains("with a different dash")
                .contains("the source has 'If we make concessions – they will see it as weakness'; '–' is an en dash");
        // and the other way round: where the source has a hyphen, the hint says so, not '–'
        String hyphen = example().replace("quote: \"ASK IGOR\"", "quote: \"Establish a Military–Rev[olutionary] C[ommittee].\"");
        assertThat(problemsFor(hyphen)).singleElement().asString()
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
        String yaml = example().replace("\nglossary:", "\n" + bulganin + "\nglossary:")
                .replace("\nteacher-notes:", grid + "\nteacher-notes:");
        assertThat(problemsFor(yaml)).singleElement().asString()
                .endsWith("the grid asks about 'bulganin' on 'mikoyan' but 'positions:' has no key for it "
                        + "(use stance not-stated if the record is silent)");
    }

    @Test
    void aMissingSourceFileOrOneOutsideTheFolder() throws IOException {
        assertThat(problemsFor(example().replace("sources/presidium-1956-10-26.txt", "sources/missing.txt")))
                .singleElement().asString().contains("source file 'sources/missing.txt' not found");
        assertThat(problemsFor(example().replace("sources/presidium-1956-10-26.txt", "../../etc/passwd")))
                .singleElement().asString().contains("must be inside the lesson-plans folder");
    }

    @Test
    void aSourceThatIsNotAWorkingRecord() throws IOException {
        Files.writeString(root.resolve("sources/prose.txt"), "Just some prose.\nNo turns at all.\n");
        assertThat(problemsFor(example().replace("sources/presidium-1956-10-26.txt", "sources/prose.txt")))
                .singleElement().asString().contains("cannot be read as a working record: No speaker turns found");
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
        String oneAlias = example().replace("level: \"Ages 14-16\"", "level: &lvl \"Ages 14-16\"")
                .replace("name: Georgy Zhukov", "name: *lvl");
        assertThat(problemsFor(oneAlias)).anyMatch(p -> p.contains("repeats content with a YAML alias"));
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
