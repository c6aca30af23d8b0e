package org.workingrecord.gradebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.ClassResults;
import org.workingrecord.classroom.StudentInfo;
import org.workingrecord.grading.AnswerValue;
import org.workingrecord.grading.Grading;
import org.workingrecord.grading.Score;
import org.workingrecord.lesson.LessonPlan;
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
                AnswerValue value = results.answers().getOrDefault(s.id(), Map.of()).get(q.key());
                if (value == null || value.isEmpty() || q.question() instanceof Question.Open) {
                    continue;
                }
                answered++;
                Score score = Grading.grade(q.question(), value, results.lesson());
                if (score.correct()) {
                    correct++;
                } else {
                    String label = label(q.question(), value, plan);
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
                    AnswerValue value = results.answers().getOrDefault(s.id(), Map.of()).get(q.key());
                    if (value != null) {
                        value.get(Grading.gridCell(speaker, topic)).ifPresent(v -> chosen.merge(v, 1, Integer::sum));
                    }
                }
                cells.add(new Cell(speaker, topic, plan.position(speaker, topic).orElseThrow().stance(), chosen));
            }
        }
        return new GridSummary(q, cells);
    }

    /** A wrong answer in words, for the "most common wrong answers" list; null where one label says little. */
    static String label(Question q, AnswerValue value, LessonPlan plan) {
        return switch (q) {
            case Question.WhoSaidIt w -> value.get("speaker").map(id -> Question.NOT_IN_RECORD.equals(id) ? "not in this record"
                    : plan.speaker(id).map(LessonPlan.Speaker::name).orElse(id)).orElse(null);
            case Question.Choice c -> value.get("option").map(Integer::parseInt)
                    .filter(i -> i >= 0 && i < c.options().size()).map(c.options()::get).orElse(null);
            case Question.TrueFalse t -> value.get("value").orElse(null);
            case Question.PickEvidence p -> value.get("line").map(l -> "line " + l).orElse(null);
            default -> null;
        };
    }
}
