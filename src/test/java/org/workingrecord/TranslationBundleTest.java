package org.workingrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every UI text key used in the code is in the English bundle, and the bundle has no dead keys. */
class TranslationBundleTest {

    private static final Pattern KEY = Pattern.compile("(?:getTranslation|translate)\\(\"([a-z0-9.\\-]*[a-z0-9\\-])\"");
    private static final Pattern KEY_PREFIX = Pattern.compile("(?:getTranslation|translate)\\(\"([a-z0-9.\\-]+\\.)\" \\+");

    @Test
    void bundleAndCodeAgree() throws IOException {
        Properties bundle = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n/translations.properties"))) {
            bundle.load(r);
        }
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher m = KEY.matcher(code);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher p = KEY_PREFIX.matcher(code);
                while (p.find()) {
                    prefixes.add(p.group(1));
                }
            }
        }
        // keys held in variables (e.g. "reader.mark.completion") are written out in the code as string literals
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = Pattern.compile("\"([a-z]+\\.[a-z0-9.\\-]+)\"").matcher(Files.readString(f));
                while (m.find()) {
                    if (bundle.containsKey(m.group(1))) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).as("keys used in code but missing from the bundle").allMatch(bundle::containsKey);
        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(used);
        unused.removeIf(k -> prefixes.stream().anyMatch(k::startsWith));
        assertThat(unused).as("keys in the bundle that no code uses").isEmpty();
    }
}
