package org.workingrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What users read comes from the translation bundle: every key the code names is in it, and no page,
 * document or download gets its words from a Java literal. (As spring-petclinic's I18nPropertiesSyncTest
 * does for its templates, over our Java sources.)
 */
class UiTextTest {

    private static final Path MAIN = Path.of("src", "main", "java", "org", "workingrecord");

    /** A call that takes a translation key as its first argument. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|Words\\.get|translate|Feedback\\.of|I18NProvider\\.translate)\\(\\s*\"([a-z][a-z0-9.-]*)\"");

    /** A call whose text argument reaches the user: component texts, labels, ARIA names, HTTP bodies, table rows. */
    private static final String TEXT_CALL_START = "(?:new (?:Span|Button|H[1-6]|Paragraph|Anchor|Text|NativeLabel|Checkbox"
            + "|TextField|TextArea|IntegerField|Details|RouterLink|ListItem|Emphasis|Strong)\\(|\\.set(?:Text|Label|Placeholder"
            + "|HelperText|AriaLabel|Title|Tooltip|TooltipText|ErrorMessage|Header)\\(|Notification\\.show\\(|\\.body\\("
            + "|List\\.of\\(|setAttribute\\(\"(?:aria-label|title|alt)\",\\s*)";

    /** Such a call, with a literal as its text. */
    private static final Pattern TEXT_CALL = Pattern.compile(TEXT_CALL_START + "(\"[^\"]*\")");

    /** Such a call, whatever its argument: how many the scan sees. */
    private static final Pattern ANY_TEXT_CALL = Pattern.compile(TEXT_CALL_START);

    /** Words a person reads: a capitalised word, or two words with a space. */
    private static final Pattern WORDS = Pattern.compile("\"(?:[A-Z][a-z]{2,}|[^\"]*[A-Za-z]{2,} [A-Za-z]{2,})[^\"]*\"");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiTextTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyTranslationKeyTheCodeNamesIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        List<String> used = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = KEY_USE.matcher(lines.get(i));
                while (m.find()) {
                    String key = m.group(1);
                    used.add(key);
                    // "work.tf." + value: a key made at run time; some key must start so
                    boolean known = key.endsWith(".") ? bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                            : bundle.containsKey(key);
                    if (!known) {
                        missing.add(MAIN.relativize(file) + ":" + (i + 1) + " " + m.group(1));
                    }
                }
            }
        }
        assertThat(used).as("the scan finds the keys the code uses").hasSizeGreaterThan(200);
        assertThat(missing).as("keys named in the code but missing from translations.properties").isEmpty();
    }

    @Test
    void noPageDocumentOrDownloadTakesItsWordsFromALiteral() throws IOException {
        List<String> found = new ArrayList<>();
        int calls = 0;
        for (Path file : sources()) {
            // the demo's sample answers and console message are data for a demo, not the app's words
            if (file.startsWith(MAIN.resolve("demo"))) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                    continue;
                }
                calls += (int) ANY_TEXT_CALL.matcher(line).results().count();
                Matcher m = TEXT_CALL.matcher(line);
                while (m.find()) {
                    if (WORDS.matcher(m.group(1)).matches()) {
                        found.add(MAIN.relativize(file) + ":" + (i + 1) + " " + m.group(1));
                    }
                }
            }
        }
        assertThat(calls).as("the scan sees the calls that put text on pages").isGreaterThan(200);
        assertThat(found).as("user-facing text written in Java instead of translations.properties").isEmpty();
    }

    /** The scanner itself: it flags the kinds of literal it is for, and lets through what is not text. */
    @Test
    void theScanTellsTextFromCodes() {
        assertThat(flagged("add(new Span(\"Saved at 10:42\"));")).isTrue();
        assertThat(flagged("rows.add(List.of(\"Student\", \"Joined\"));")).isTrue();
        assertThat(flagged("return ResponseEntity.status(404).body(\"Not found\");")).isTrue();
        assertThat(flagged("b.setAriaLabel(\"close the panel\");")).isTrue();
        assertThat(flagged("new Anchor(\"teach/assignments/\" + id, title)")).isFalse();
        assertThat(flagged("List.of(\"true\", \"false\")")).isFalse();
        assertThat(flagged("new Span(getTranslation(\"work.saved\"))")).isFalse();
    }

    private static boolean flagged(String line) {
        Matcher m = TEXT_CALL.matcher(line);
        while (m.find()) {
            if (WORDS.matcher(m.group(1)).matches()) {
                return true;
            }
        }
        return false;
    }
}
