package org.workingrecord.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * From the students' first acknowledged answers (name, epoch ms) and what the teacher's page
 * saw (name, answered, epoch ms): how long each answer took to appear on the teacher's page.
 *
 * <p>Usage: {@code PushDelay FIRST_ACKS_FILE TEACHER_FILE}.
 */
public final class PushDelay {

    public static void main(String[] args) throws Exception {
        report("first answers (while the class joins)", args[0], args[1], 1);
        if (args.length > 2 && Files.exists(Path.of(args[2]))) {
            report("second answers (once the whole class was in)", args[2], args[1], 2);
        }
    }

    private static void report(String what, String acksFile, String teacherFile, int answered) throws Exception {
        Map<String, Long> seen = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(teacherFile))) {
            String[] f = line.split("\t");
            if (Integer.parseInt(f[1]) >= answered) {
                seen.merge(f[0], Long.parseLong(f[2]), Math::min);
            }
        }
        List<Long> delays = new ArrayList<>();
        int missing = 0;
        for (String line : Files.readAllLines(Path.of(acksFile))) {
            String[] f = line.split("\t");
            Long shown = seen.get(f[0]);
            if (shown == null) {
                missing++;
            } else {
                delays.add((shown - Long.parseLong(f[1])) * 1_000_000);
            }
        }
        System.out.printf("teacher's page, %s: %d shown, %d never shown (rows the browser had not loaded); delay after"
                        + " the student's save was acknowledged: p50=%s p95=%s max=%s%n", what, delays.size(), missing, ClassLoad.ms(ClassLoad.percentile(delays, 50)),
                ClassLoad.ms(ClassLoad.percentile(delays, 95)), ClassLoad.ms(ClassLoad.percentile(delays, 100)));
    }

    private PushDelay() {
    }
}
