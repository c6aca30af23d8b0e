package org.workingrecord.authoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** What a lesson's YAML says at its top, read before (or without) checking it: the sources it names, its title. */
final class LessonText {

    private LessonText() {
    }

    /** The pack ids in {@code source:} or {@code sources:}; empty when the text is not YAML or names none. */
    static List<String> sourcesNamed(String yaml) {
        Map<?, ?> top = top(yaml);
        Object one = top.get("source");
        Object several = top.get("sources");
        if (several instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return one instanceof String s ? List.of(s) : List.of();
    }

    static Optional<String> title(String yaml) {
        Object title = top(yaml).get("title");
        return title instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }

    /** The lesson's title, level, duration, summary and objectives as its text has them (blank where it has none). */
    static LessonAuthoring.About about(String yaml) {
        Map<?, ?> top = top(yaml);
        Object duration = top.get("duration");
        List<String> objectives = top.get("objectives") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
        return new LessonAuthoring.About(text(top, "title"), text(top, "level"),
                duration instanceof Integer n ? n : 45, text(top, "summary"), objectives);
    }

    private static String text(Map<?, ?> top, String key) {
        return top.get(key) instanceof String s ? s : "";
    }

    private static Map<?, ?> top(String yaml) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            options.setMaxAliasesForCollections(10);
            Object doc = new Yaml(new SafeConstructor(options)).load(yaml);
            return doc instanceof Map<?, ?> m ? m : Map.of();
        } catch (RuntimeException e) {
            return Map.of();
        }
    }
}
