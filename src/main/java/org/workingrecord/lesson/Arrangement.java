package org.workingrecord.lesson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which one reader meets a question's options (a choice) or items (an order
 * question): shuffled per student, so the place of the right answer gives nothing away and a
 * neighbour's screen is no help, and stable for that student, so a reload, another device and
 * a printed copy all show the same order. Answers are still stored against the lesson's own
 * numbering, so keys and grading never see the shuffle.
 * <p>
 * The mixing function is written out here (SplitMix64 over an FNV-1a hash of the question key),
 * not taken from {@code java.util.Random}, so a JDK upgrade never reshuffles a class's work.
 */
public final class Arrangement {

    private Arrangement() {
    }

    /** One student's copy of one assignment. */
    public static long forStudent(long assignmentId, long studentId) {
        return mix(mix(assignmentId * 0x9E3779B97F4A7C15L) ^ studentId);
    }

    /** A lesson's blank worksheet and answer key, and a teacher's preview: one order for the lesson. */
    public static long forLesson(String lessonId) {
        return mix(hash(lessonId));
    }

    /**
     * Indices into the question's options or items, in the order shown: shuffled for a choice
     * (unless the lesson says {@code keep-order: true}) and for an order question (never already
     * in the right order); empty for other questions, whose order the lesson fixes.
     */
    public static List<Integer> of(Question question, String questionKey, long seed) {
        return switch (question) {
            case Question.Choice c -> c.keepOrder() ? identity(c.options().size())
                    : shuffled(c.options().size(), seed ^ hash(questionKey));
            case Question.Order o -> notInOrder(shuffled(o.items().size(), seed ^ hash(questionKey)));
            default -> List.of();
        };
    }

    static List<Integer> identity(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    /** Fisher-Yates with SplitMix64. */
    static List<Integer> shuffled(int n, long seed) {
        List<Integer> out = identity(n);
        long state = seed;
        for (int i = n - 1; i > 0; i--) {
            state += 0x9E3779B97F4A7C15L;
            int j = (int) Long.remainderUnsigned(mix(state), i + 1);
            Integer t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    /** An order question never starts solved: a shuffle that happens to be the answer is turned by one place. */
    private static List<Integer> notInOrder(List<Integer> order) {
        if (order.size() > 1 && order.equals(identity(order.size()))) {
            List<Integer> turned = new ArrayList<>(order.subList(1, order.size()));
            turned.add(order.get(0));
            return turned;
        }
        return order;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
