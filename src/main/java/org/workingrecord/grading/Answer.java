package org.workingrecord.grading;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.workingrecord.lesson.Question;

/**
 * A student's answer to one question, one record per question kind. Every part may still be blank:
 * an answer is saved while the student works. {@link AnswerCodec} stores it as one text,
 * {@link AnswerWords} says it in the lesson's words, {@link Grading} scores it.
 */
public sealed interface Answer {

    /** Nothing chosen or written yet. */
    boolean isEmpty();

    /** The blank answer of a question's kind. */
    static Answer blank(Question question) {
        return switch (question) {
            case Question.Choice c -> new Choice(OptionalInt.empty());
            case Question.WhoSaidIt w -> new WhoSaidIt(Optional.empty());
            case Question.TrueFalse t -> new TrueFalse(Optional.empty());
            case Question.PickEvidence p -> new Evidence(OptionalInt.empty());
            case Question.Matching m -> new Matching(Map.of());
            case Question.PositionsGrid g -> new Grid(Map.of());
            case Question.Order o -> new Order(List.of());
            case Question.Open o -> new Open("");
        };
    }

    /** Whether this answer is of the question's kind (a stored answer of another kind counts as blank). */
    static boolean fits(Question question, Answer answer) {
        return blank(question).getClass() == answer.getClass();
    }

    /** The index of the chosen option. */
    record Choice(OptionalInt option) implements Answer {
        public static Choice of(int option) {
            return new Choice(OptionalInt.of(option));
        }

        @Override
        public boolean isEmpty() {
            return option.isEmpty();
        }
    }

    /** The chosen speaker's id, or {@link Question#NOT_IN_RECORD}. */
    record WhoSaidIt(Optional<String> speaker) implements Answer {
        public WhoSaidIt {
            speaker = speaker.filter(s -> !s.isBlank());
        }

        public static WhoSaidIt of(String speaker) {
            return new WhoSaidIt(Optional.ofNullable(speaker));
        }

        @Override
        public boolean isEmpty() {
            return speaker.isEmpty();
        }
    }

    record TrueFalse(Optional<Boolean> value) implements Answer {
        public static TrueFalse of(boolean value) {
            return new TrueFalse(Optional.of(value));
        }

        @Override
        public boolean isEmpty() {
            return value.isEmpty();
        }
    }

    /** The line of the record picked as evidence. */
    record Evidence(OptionalInt line) implements Answer {
        public static Evidence of(int line) {
            return new Evidence(OptionalInt.of(line));
        }

        @Override
        public boolean isEmpty() {
            return line.isEmpty();
        }
    }

    /** For each statement (by its index in the question), the speaker's id chosen for it. */
    record Matching(Map<Integer, String> speakers) implements Answer {
        public Matching {
            speakers = Map.copyOf(speakers);
        }

        @Override
        public boolean isEmpty() {
            return speakers.isEmpty();
        }
    }

    /** For each speaker and topic, the stance id chosen. */
    record Grid(Map<Cell, String> stances) implements Answer {
        public Grid {
            stances = Map.copyOf(stances);
        }

        public Optional<String> stance(String speaker, String topic) {
            return Optional.ofNullable(stances.get(new Cell(speaker, topic)));
        }

        @Override
        public boolean isEmpty() {
            return stances.isEmpty();
        }
    }

    record Cell(String speaker, String topic) {
    }

    /** The items' indexes (as the question lists them) in the order the student put them. */
    record Order(List<Integer> order) implements Answer {
        public Order {
            order = List.copyOf(order);
        }

        @Override
        public boolean isEmpty() {
            return order.isEmpty();
        }
    }

    record Open(String text) implements Answer {
        /** The most a written answer holds, in characters as typed (the text box stops there). */
        public static final int MAX_CHARS = 20_000;

        public Open {
            text = text == null || text.isBlank() ? "" : text;
        }

        @Override
        public boolean isEmpty() {
            return text.isBlank();
        }
    }
}
