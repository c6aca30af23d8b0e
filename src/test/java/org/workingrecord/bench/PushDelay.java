package org.workingrecord.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * From the students' first acknowledged answers (name, epoch ms) and what the teacher's page
 * saw (name, answered, epoch ms): how long each answer took to appear on the teacher's page.
 *
 * <p>Usage: {@code PushDelay FIRST_ACKS_FILE TEACHER_FILE [SECOND_ACKS_FILE [NODES_FILE TEACHERS_NODE]]}: with the
 * server each student was on and the teacher's, the answers saved on another server than the teacher's are
 * reported on their own (the delay across servers).
 */
public final class PushDelay {

    public static void main(String[] args) throws Exception {
        report("first answers (while the class joins)", args[0], args[1], 1, name -> true);
        if (args.length > 2 && Files.exists(Path.of(args[2])) && !Files.readAllLines(Path.of(args[2])).isEmpty()) {
            report("second answers (once the whole class was in)", args[2], args[1], 2, name -> true);
        }
        if (args.length > 4) {
            Map<String, String> nodes = new HashMap<>();
            for (String line : Files.readAllLines(Path.of(args[3]))) {
                String[] f = line.split("\t");
                nodes.put(f[0], f[1]);
            }
            String teachers = args[4];
            long other = nodes.values().stream().filter(n -> !n.equals(teachers)).count();
            System.out.printf("students per server: %s; the teacher's server: %s%n", nodes.values().stream()
                    .collect(Collectors.groupingBy(n -> n, TreeMap::new, Collectors.counting())), teachers);
            report("first answers saved on the other server (" + other + " students)", args[0], args[1], 1,
                    name -> nodes.containsKey(name) && !nodes.get(name).equals(teachers));
        }
    }

    private static void report(String what, String acksFile, String teacherFile, int answered, Predicate<String> whose)
            throws Exception {
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
            if (!whose.test(f[0])) {
                continue;
            }
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
