package org.workingrecord.lesson;

import java.util.List;

/** The question kinds a lesson plan can ask. Keys are validated against the source at load. */
public sealed interface Question {

    /** The answer a who-said-it question takes when the words are not in this record. */
    String NOT_IN_RECORD = "not-in-record";

    String id();

    String prompt();

    String explanation();

    /** Whether a computer can score it, or a teacher must. */
    default boolean autoScored() {
        return !(this instanceof Open);
    }

    /** {@code keepOrder}: the options are shown in the lesson's order (a scale, "both", "neither"), not shuffled. */
    record Choice(String id, String prompt, List<String> options, int answer, String explanation, boolean keepOrder) implements Question {
        public Choice {
            options = List.copyOf(options);
        }
    }

    record WhoSaidIt(String id, String prompt, String quote, String answer, String explanation) implements Question {
    }

    record Matching(String id, String prompt, List<Pair> pairs, String explanation) implements Question {
        public Matching {
            pairs = List.copyOf(pairs);
        }
    }

    record Pair(String statement, String speaker) {
    }

    /** Rows are speakers, columns topics; the key is the lesson's positions. */
    record PositionsGrid(String id, String prompt, List<String> speakers, List<String> topics, String explanation)
            implements Question {
        public PositionsGrid {
            speakers = List.copyOf(speakers);
            topics = List.copyOf(topics);
        }
    }

    /** The student points at a line of the source; any line holding one of the answers is right. */
    record PickEvidence(String id, String prompt, List<String> answers, String explanation) implements Question {
        public PickEvidence {
            answers = List.copyOf(answers);
        }
    }

    record TrueFalse(String id, String prompt, boolean answer, String evidence, String explanation) implements Question {
    }

    /** Items listed in their correct order. */
    record Order(String id, String prompt, List<OrderItem> items, String explanation) implements Question {
        public Order {
            items = List.copyOf(items);
        }
    }

    /** An item to order; when it carries a quote, the source fixes its place. */
    record OrderItem(String text, String quote) {
    }

    record Open(String id, String prompt, int maxWords, List<String> starters, String modelAnswer,
                List<RubricLevel> rubric, String explanation) implements Question {
        public Open {
            starters = List.copyOf(starters);
            rubric = List.copyOf(rubric);
        }
    }

    record RubricLevel(String level, int points, String descriptor) {
    }
}
