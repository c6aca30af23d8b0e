package org.workingrecord.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Shuffled per student, stable for that student, never a give-away, and fixed where the lesson says so. */
class ArrangementTest {

    private static final List<String> FOUR = List.of("a", "b", "c", "d");

    private static Question.Choice choice(boolean keepOrder) {
        return new Question.Choice("q", "Which?", FOUR, 0, "Because.", keepOrder);
    }

    private static Question.Order order(int n) {
        return new Question.Order("o", "Order them.", FOUR.subList(0, n).stream().map(t -> new Question.OrderItem(t, null)).toList(), "");
    }

    @Test
    void theSameStudentAlwaysSeesTheSameOrderAndAClassSeesManyOrders() {
        Set<List<Integer>> orders = new HashSet<>();
        Map<Integer, Integer> rightAnswerAt = new HashMap<>();
        for (long student = 1; student <= 35; student++) {
            long seed = Arrangement.forStudent(4711, student);
            List<Integer> shown = Arrangement.of(choice(false), "quiz/q", seed);
            assertThat(Arrangement.of(choice(false), "quiz/q", Arrangement.forStudent(4711, student))).as("stable").isEqualTo(shown);
            assertThat(shown).containsExactlyInAnyOrder(0, 1, 2, 3);
            orders.add(shown);
            rightAnswerAt.merge(shown.indexOf(0), 1, Integer::sum);
        }
        assertThat(orders).as("a class of 35 does not share one order").hasSizeGreaterThan(10);
        assertThat(rightAnswerAt).as("the right answer stands in every place for someone").containsOnlyKeys(0, 1, 2, 3);
        assertThat(rightAnswerAt.values()).as("and in no place for most of the class").allMatch(n -> n < 20);
    }

    @Test
    void eachQuestionOfOneStudentIsShuffledOnItsOwn() {
        long seed = Arrangement.forStudent(1, 1);
        Set<List<Integer>> orders = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            orders.add(Arrangement.of(choice(false), "quiz/q" + i, seed));
        }
        assertThat(orders).hasSizeGreaterThan(5);
    }

    @Test
    void anOrderQuestionNeverStartsSolvedAndKeepOrderIsKept() {
        for (long student = 1; student <= 2000; student++) {
            long seed = Arrangement.forStudent(9, student);
            assertThat(Arrangement.of(order(4), "quiz/o", seed)).isNotEqualTo(List.of(0, 1, 2, 3)).containsExactlyInAnyOrder(0, 1, 2, 3);
            assertThat(Arrangement.of(order(2), "quiz/o", seed)).isEqualTo(List.of(1, 0));
            assertThat(Arrangement.of(choice(true), "quiz/q", seed)).isEqualTo(List.of(0, 1, 2, 3));
        }
        assertThat(Arrangement.of(new Question.TrueFalse("t", "?", true, "x", ""), "quiz/t", 1)).isEmpty();
    }

    @Test
    void theOrderDoesNotDependOnTheJdk() {
        // printed copies and saved screens must match after any upgrade: the mixing is our own code,
        // so this pinned order only changes if someone changes Arrangement on purpose
        assertThat(Arrangement.of(choice(false), "quiz/q", Arrangement.forStudent(1, 1)))
                .isEqualTo(Arrangement.of(choice(false), "quiz/q", Arrangement.forStudent(1, 1)));
        assertThat(Arrangement.shuffled(6, 42)).isEqualTo(List.of(4, 3, 0, 2, 5, 1));
    }

    @Test
    void theMixingIsSplitMix64AsPublished() {
        // the first output of Vigna's reference splitmix64.c seeded with 1234567
        assertThat(Arrangement.mix(1234567L + 0x9E3779B97F4A7C15L)).isEqualTo(6457827717110365317L);
    }
}
