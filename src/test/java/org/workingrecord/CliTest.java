package org.workingrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lintOfTheShippedLessonsIsClean() {
        assertThat(run("lint")).isZero();
        assertThat(out()).isEqualTo("1 source pack and 4 lessons loaded, 0 problems\n");
    }

    @Test
    void lintReportsProblemsAndExitsOne(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("bad"));
        Files.writeString(dir.resolve("bad/lesson.yaml"), "id: bad\ntitel: Oops\n");
        assertThat(run("lint", dir.toString())).isEqualTo(1);
        assertThat(out()).contains(dir.resolve("bad/lesson.yaml") + ":2: unknown key 'titel' in the lesson plan: did you mean 'title'?")
                .endsWith("0 source packs and 0 lessons loaded, " + out().lines().filter(l -> l.contains("lesson.yaml")).count() + " problems\n");
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) {
        assertThat(run("lint", "a", "b")).isEqualTo(2);
        assertThat(err()).contains("lint takes at most one folder").contains("Usage:");
        assertThat(run("lint", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(run("parse-record")).isEqualTo(2);
    }

    @Test
    void parseRecordPrintsTheStructureAsJson() {
        assertThat(run("parse-record", "lesson-plans/sources/presidium-1956-10-26.txt")).isZero();
        String json = out();
        assertThat(json).contains("\"title\": \"Working Record of the Session of 26 October 1956\"")
                .contains("\"present\": [\"Bulganin\", \"Voroshilov\"")
                .contains("\"guests\": [\"Liu Shaotsi\"]")
                .contains("{\"heading\": \"Regarding the situation in Hungary.\", \"entries\": [")
                .contains("{\"kind\": \"note\", \"text\": \"Postpone.\"}")
                .contains("\"citation\": \"F.Z. Op.12. D.1005.");
        List<String> speakers = new ArrayList<>();
        Matcher m = Pattern.compile("\"kind\": \"turn\", \"speaker\": \"([^\"]+)\"").matcher(json);
        while (m.find()) {
            speakers.add(m.group(1));
        }
        assertThat(speakers).containsExactly("Liu Shaotsi", "Bulganin", "Molotov", "Kaganovich", "Malenkov", "Zhukov",
                "Shepilov", "Furtseva", "Khrushchev");
        // the text is verbatim: markup and the curly apostrophe survive, newlines are escaped
        assertThat(json).contains("(Comrade <u>Liu Shaotsi</u>)").contains("Comrade Mikoyan’s position")
                .contains("Mikoyan is acting as he said.\\n\\nComrade Mikoyan took");
    }

    @Test
    void parseRecordRefusesWhatIsNotARecord(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("x.bin");
        Files.write(binary, new byte[] {1, 0, 2, 3});
        assertThat(run("parse-record", binary.toString())).isEqualTo(1);
        assertThat(err()).contains("not a text file");
        Path prose = dir.resolve("prose.txt");
        Files.writeString(prose, "Dear diary.\nNothing happened today.\n");
        assertThat(run("parse-record", prose.toString())).isEqualTo(1);
        assertThat(err()).contains("No speaker turns found");
        assertThat(run("parse-record", dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err()).contains("no such file");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        assertThat(run("parse-record", empty.toString())).isEqualTo(1);
        assertThat(err()).contains("The file is empty");
    }
}
