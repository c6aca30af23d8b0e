package org.workingrecord.gradebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.ClassResults;
import org.workingrecord.classroom.StudentInfo;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.AnswerWords;
import org.workingrecord.grading.Grading;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/**
 * What a class did with an assignment, at a glance: how many got each question right, the most
 * common wrong answers, and for a positions grid how many chose each stance for each cell. Pure.
 */
public record ClassSummary(List<QuestionSummary> questions, List<GridSummary> grids) {

    public record QuestionSummary(AssignedQuestion question, int answered, int correct, List<Count> commonWrong) {
        public int percentCorrect() {
            return answered == 0 ? 0 : Math.round(100f * correct / answered);
        }
    }

    public record Count(String label, int count) {
    }

    /** For one grid: per speaker and topic, how many students chose each stance, next to the key. */
    public record GridSummary(AssignedQuestion question, List<Cell> cells) {
    }

    public record Cell(String speaker, String topic, String keyStance, Map<String, Integer> chosen) {
        public int total() {
            return chosen.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public static ClassSummary of(ClassResults results) {
        List<QuestionSummary> questions = new ArrayList<>();
        List<GridSummary> grids = new ArrayList<>();
        LessonPlan plan = results.lesson().plan();
        for (AssignedQuestion q : results.questions()) {
            int answered = 0;
            int correct = 0;
            Map<String, Integer> wrong = new LinkedHashMap<>();
            for (StudentInfo s : results.students()) {
                Answer value = results.answers().getOrDefault(s.id(), Map.of()).get(q.key());
                if (value == null || value.isEmpty() || q.question() instanceof Question.Open) {
                    continue;
                }
                answered++;
                Score score = Grading.grade(q.question(), value, results.lesson());
                if (score.correct()) {
                    correct++;
                } else {
                    String label = label(q.question(), value, results.lesson());
                    if (label != null) {
                        wrong.merge(label, 1, Integer::sum);
                    }
                }
            }
            List<Count> common = wrong.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                    .limit(3).map(e -> new Count(e.getKey(), e.getValue())).toList();
            questions.add(new QuestionSummary(q, answered, correct, common));
            if (q.question() instanceof Question.PositionsGrid grid) {
                grids.add(grid(q, grid, results, plan));
            }
        }
        return new ClassSummary(questions, grids);
    }

    private static GridSummary grid(AssignedQuestion q, Question.PositionsGrid grid, ClassResults results, LessonPlan plan) {
        List<Cell> cells = new ArrayList<>();
        for (String speaker : grid.speakers()) {
            for (String topic : grid.topics()) {
                Map<String, Integer> chosen = new LinkedHashMap<>();
                plan.stances().forEach(st -> chosen.put(st.id(), 0));
                for (StudentInfo s : results.students()) {
                    Answer value = results.answers().getOrDefault(s.id(), Map.of()).get(q.key());
                    if (value != null) {
                        (value instanceof Answer.Grid g ? g.stance(speaker, topic) : Optional.<String>empty()).ifPresent(v -> chosen.merge(v, 1, Integer::sum));
                    }
                }
                cells.add(new Cell(speaker, topic, plan.position(speaker, topic).orElseThrow().stance(), chosen));
            }
        }
        return new GridSummary(q, cells);
    }

    /**
     * A wrong answer in words (as the worksheets and exports say it), for the "most common wrong answers" list;
     * null for the kinds whose answers are many parts, where one label says little.
     */
    static String label(Question q, Answer value, LoadedLesson lesson) {
        return switch (q) {
            case Question.WhoSaidIt w -> words(q, value, lesson);
            case Question.Choice c -> words(q, value, lesson);
            case Question.TrueFalse t -> words(q, value, lesson);
            case Question.PickEvidence p -> words(q, value, lesson);
            case Question.Matching m -> null;
            case Question.PositionsGrid g -> null;
            case Question.Order o -> null;
            case Question.Open o -> null;
        };
    }

    private static String words(Question q, Answer value, LoadedLesson lesson) {
        String words = AnswerWords.describe(q, value, lesson);
        return words.isEmpty() ? null : words;
    }
}
