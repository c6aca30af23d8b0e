package org.workingrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Code a reader can take in: types named by imports, not by fully-qualified names in the middle of a line. */
class SourceStyleTest {

    private static final Path MAIN = Path.of("src", "main", "java");

    /** A package path followed by a type: {@code java.util.concurrent.ConcurrentHashMap}. */
    private static final Pattern INLINE_NAME = Pattern.compile(
            "(?<![\\w.\"])@?((?:java|javax|jakarta|org|com)(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*)");

    /** Where a simple name would be ambiguous: Vaadin's and the shell's Html meet in SummaryPart. */
    private static final Map<String, String> ALLOWED = Map.of(
            "com.vaadin.flow.component.Html", "SummaryPart uses the shell's Html helper by its simple name");

    @Test
    void typesAreNamedByImportsNotInline() throws IOException {
        List<String> found = new ArrayList<>();
        int lines = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> text = Files.readAllLines(file);
                boolean comment = false;
                for (int i = 0; i < text.size(); i++) {
                    String line = text.get(i).strip();
                    lines++;
                    if (line.startsWith("/*")) {
                        comment = true;
                    }
                    boolean skip = comment || line.startsWith("*") || line.startsWith("//") || line.startsWith("import ")
                            || line.startsWith("package ");
                    if (line.contains("*/")) {
                        comment = false;
                    }
                    if (skip) {
                        continue;
                    }
                    // text in quotes (a JPQL constructor expression names its class in full) is not code
                    Matcher m = INLINE_NAME.matcher(line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\""));
                    while (m.find()) {
                        if (!ALLOWED.containsKey(m.group(1))) {
                            found.add(MAIN.relativize(file) + ":" + (i + 1) + " " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(lines).as("the scan read the sources").isGreaterThan(5000);
        assertThat(found).as("fully-qualified names in code; import them instead").isEmpty();
    }

    /** An import whose name appears nowhere else in the file (code or comment). */
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?[\\w.]+\\.(\\w+);$", Pattern.MULTILINE);

    static List<String> unusedImports(String source) {
        String body = IMPORT.matcher(source).replaceAll("");
        List<String> unused = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            if (!Pattern.compile("\\b" + m.group(1) + "\\b").matcher(body).find()) {
                unused.add(m.group(1));
            }
        }
        return unused;
    }

    @Test
    void everyImportIsUsed() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(MAIN, Path.of("src", "test", "java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    unusedImports(Files.readString(file)).forEach(name -> found.add(file + " " + name));
                }
            }
        }
        assertThat(found).as("imports nothing in the file uses").isEmpty();
        assertThat(unusedImports("import java.util.List;\nimport java.util.Map;\nclass A { List<String> a; }"))
                .as("the check finds an unused import").containsExactly("Map");
    }

    /** "No view over about 200 lines": a page that grows past this is split into the parts it is made of. */
    static final int MAX_UI_LINES = 230;

    @Test
    void pagesAndTheirPartsStaySmall() throws IOException {
        List<String> big = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(MAIN)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".java") && p.getParent().endsWith("ui")).sorted().toList()) {
                files++;
                int lines = Files.readAllLines(file).size();
                if (lines > MAX_UI_LINES) {
                    big.add(MAIN.relativize(file) + " (" + lines + " lines)");
                }
            }
        }
        assertThat(files).as("the scan found the UI classes").isGreaterThan(40);
        assertThat(big).as("UI classes over " + MAX_UI_LINES + " lines").isEmpty();
    }

    @Test
    void theScanFindsAnInlineName() {
        assertThat(INLINE_NAME.matcher("var m = new java.util.concurrent.ConcurrentHashMap<>();").find()).isTrue();
        assertThat(INLINE_NAME.matcher("@jakarta.annotation.PreDestroy").find()).isTrue();
        assertThat(INLINE_NAME.matcher("var m = new ConcurrentHashMap<>(); map.get(x).size()").find()).isFalse();
    }
}
