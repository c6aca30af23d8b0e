package org.workingrecord.worksheet;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.grading.Answer;
import org.workingrecord.grading.AnswerCodec;
import org.workingrecord.lesson.Arrangement;
import org.workingrecord.lesson.LessonLoader;
import org.workingrecord.lesson.LoadedLesson;

/**
 * Benchmark, not a test: how long one worksheet and a class pack of 35 take, and how much heap a
 * class pack needs. Run with bench/worksheets.sh; results are written down in docs/benchmarks.md.
 */
public final class WorksheetBenchmark {

    private WorksheetBenchmark() {
    }

    public static void main(String[] args) {
        LoadedLesson lesson = LessonLoader.loadAll(Path.of("lesson-plans")).lessons().stream()
                .filter(l -> l.plan().id().equals("hard-or-soft-line")).findFirst().orElseThrow();
        List<AssignedQuestion> questions = AssignedQuestion.all(lesson);
        List<WorksheetWriter.Filled> students = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            Map<String, Answer> answers = new HashMap<>();
            for (AssignedQuestion q : questions) {
                // one stored text with a field for every kind: each question reads the part that is its own
                answers.put(q.key(), AnswerCodec.decode(q.question(), "option=1&speaker=khrushchev&value=false&line=22"
                        + "&order=1%2C0%2C2%2C3&khrushchev%2Fmikoyan=supportive&text="
                        + "Khrushchev+can+be+read+as+defending+Mikoyan+in+line+22+but+wants+to+reinforce+with+troops+in+line+29."));
            }
            students.add(new WorksheetWriter.Filled("Student " + i + " Ő.", "10B", Instant.now(), ZoneId.of("UTC"), answers,
                    Map.of(), Map.of(), true, Arrangement.forStudent(1, i)));
        }
        for (int i = 0; i < 30; i++) {
            worksheet(lesson, questions);
        }
        for (int i = 0; i < 5; i++) {
            pack(lesson, questions, students);
        }
        int n = 50;
        long start = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            bytes = worksheet(lesson, questions).length;
        }
        double worksheetMs = (System.nanoTime() - start) / 1e6 / n;
        int packs = 10;
        System.gc();
        long heapBefore = usedHeap();
        long peak = 0;
        start = System.nanoTime();
        long packBytes = 0;
        for (int i = 0; i < packs; i++) {
            packBytes = pack(lesson, questions, students).length;
            peak = Math.max(peak, usedHeap() - heapBefore);
        }
        double packMs = (System.nanoTime() - start) / 1e6 / packs;
        String result = String.format("worksheet: %.1f ms (%d KB)%nclass pack of 35: %.1f ms (%d KB)%n"
                        + "heap growth during class packs: %d MB (max heap %d MB)%njava %s, %d cores%n",
                worksheetMs, bytes / 1024, packMs, packBytes / 1024, peak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.print(result);
    }

    private static byte[] worksheet(LoadedLesson lesson, List<AssignedQuestion> questions) {
        try (Docx d = new Docx(PaperSize.A4, lesson.plan().title())) {
            WorksheetWriter.write(d, lesson, questions, WorksheetWriter.Kind.STUDENT, null);
            return d.bytes();
        }
    }

    private static byte[] pack(LoadedLesson lesson, List<AssignedQuestion> questions, List<WorksheetWriter.Filled> students) {
        return WorksheetService.pack(PaperSize.A4, lesson, questions, students, WorksheetWriter.Layout.ANSWERS);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
