package org.workingrecord.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Programs some tests need beyond the JDK (LibreOffice, poppler, Chromium), found on the PATH or in
 * the usual places. On a developer's machine a missing program skips the test that needs it, with a
 * message naming what to install; in CI ({@code CI=true}, which {@code .ci/run} sets after
 * installing them) it fails the test, so nothing is ever skipped there unnoticed.
 */
public final class Tools {

    private Tools() {
    }

    /** The first of these names that is an executable on the PATH or at one of the extra places. */
    public static Optional<Path> find(List<String> names, String... extraPlaces) {
        Stream<Path> onPath = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .flatMap(dir -> names.stream().map(name -> Path.of(dir, name)));
        return Stream.concat(onPath, Arrays.stream(extraPlaces).map(Path::of)).filter(Files::isExecutable).findFirst();
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips the calling test (fails it in CI) unless every program is installed. */
    public static void require(String what, String install, String... programs) {
        require(inCi(), what, install, programs);
    }

    static void require(boolean ci, String what, String install, String... programs) {
        List<String> missing = Arrays.stream(programs).filter(p -> find(List.of(p)).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        String message = what + " needs " + String.join(", ", missing)
                + (missing.size() == 1 ? ", which is" : ", which are") + " not installed here. Install it with: "
                + install;
        if (ci) {
            throw new AssertionError(message);
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort("Skipped: " + message);
    }
}
