package org.workingrecord.authoring.ui;

import java.util.function.BiFunction;

import org.workingrecord.lesson.Problem;

/** A problem as a teacher reads it: which file and line ("lesson.yaml, line 12"), then what is wrong. */
final class ProblemWords {

    private ProblemWords() {
    }

    static String of(Problem p, BiFunction<String, Object[], String> translate) {
        String file = p.file().contains("/") ? p.file().substring(p.file().lastIndexOf('/') + 1) : p.file();
        if (p.file().startsWith("sources/")) {
            file = p.file();
        }
        if (file.equals("form") || file.equals("zip")) {
            return p.message();
        }
        return p.line() > 0 ? translate.apply("mylessons.problem.line", new Object[] {file, p.line(), p.message()})
                : translate.apply("mylessons.problem.file", new Object[] {file, p.message()});
    }
}
