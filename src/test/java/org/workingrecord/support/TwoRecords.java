package org.workingrecord.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A lesson-plans folder whose lesson reads two records: the shipped record of 26 October 1956 and its
 * pack (record A), and a short test record (B, not a historical document) from
 * {@code src/test/resources/two-records}.
 */
public final class TwoRecords {

    public static final String LESSON = "compare-records";
    private static final Path FIXTURE = Path.of("src/test/resources/two-records");

    private TwoRecords() {
    }

    /** Fills {@code root} (files already there are replaced) and returns it. */
    public static Path folder(Path root) {
        try {
            Files.createDirectories(root.resolve("sources"));
            Files.createDirectories(root.resolve(LESSON));
            for (String f : List.of("presidium-1956-10-26.txt", "presidium-1956-10-26.yaml")) {
                Files.copy(Path.of("lesson-plans/sources", f), root.resolve("sources").resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
            for (String f : List.of("sources/telegram-test.txt", "sources/telegram-test.yaml", LESSON + "/lesson.yaml")) {
                Files.copy(FIXTURE.resolve(f), root.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new folder with every shipped lesson (lesson-plans) and the lesson on two records beside them. */
    public static Path withShippedLessons() {
        try {
            Path root = Files.createTempDirectory("lessons-and-two-records");
            try (var files = Files.walk(Path.of("lesson-plans"))) {
                for (Path f : files.toList()) {
                    Path to = root.resolve(Path.of("lesson-plans").relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
            return folder(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new folder under the system's temporary folder. */
    public static Path folder() {
        try {
            return folder(Files.createTempDirectory("two-records"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
