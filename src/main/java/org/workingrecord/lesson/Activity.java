package org.workingrecord.lesson;

import java.util.List;

/** One step of a lesson: a guided reading of the record, or a set of questions. */
public sealed interface Activity permits Activity.GuidedReading, Activity.QuestionSet {

    String id();

    String title();

    String instructions();

    record GuidedReading(String id, String title, String instructions, List<ReadingStep> steps) implements Activity {
        public GuidedReading {
            steps = List.copyOf(steps);
        }
    }

    record QuestionSet(String id, String title, String instructions, List<Question> questions) implements Activity {
        public QuestionSet {
            questions = List.copyOf(questions);
        }
    }

    /** One speaker's turn in the guided reading: the words to highlight, what to notice, a quick check. */
    record ReadingStep(String speaker, String quote, String notice, Question.Choice check) {
    }
}
