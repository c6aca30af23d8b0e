package org.workingrecord.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassSeeding;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.Answer;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.Question;

/**
 * Demo mode ({@code --workingrecord.demo=true}): a demo teacher (its password is made at random and
 * printed to the console), a class with the join code READ-2345, two lessons assigned and a few
 * students with realistic work, so every screen can be seen at once. Never on by default: a join
 * code printed in a README must not exist on a school's server.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String JOIN_CODE = "READ2345";
    static final String TEACHER = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final ClassroomService classroom;
    private final TeacherSeeding teacherSeeding;
    private final ClassSeeding classSeeding;
    private final AttemptService attempts;
    private final Clock clock;
    private final LessonCatalog catalog;
    /** {@code --workingrecord.demo.class-size=35} (up to 50): a second class that has answered everything (benchmarks, a full summary). */
    private final int classSize;

    /**
     * Read when the app starts, not a condition on the bean: a jar built with Spring's ahead-of-time
     * processing fixes its set of beans at build time, and demo mode must still be a start option.
     */
    private final boolean enabled;

    DemoData(AccountService accounts, ClassroomService classroom, TeacherSeeding teacherSeeding, ClassSeeding classSeeding,
             AttemptService attempts, Clock clock, LessonCatalog catalog,
             @Value("${workingrecord.demo:false}") boolean enabled,
             @Value("${workingrecord.demo.class-size:0}") int classSize) {
        this.enabled = enabled;
        this.catalog = catalog;
        this.classSize = Math.max(0, Math.min(classSize, 50));
        this.accounts = accounts;
        this.classroom = classroom;
        this.teacherSeeding = teacherSeeding;
        this.classSeeding = classSeeding;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (classSeeding.classWithCode(JOIN_CODE).isPresent()) {
            log.info("Demo data is ready: students join at /join with READ-2345; teachers sign in as 'demo' "
                    + "(the password was printed when the demo data was made)");
            return;
        }
        byte[] bytes = new byte[9];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        TeacherInfo teacher = accounts.byUsername(TEACHER).orElseGet(() -> teacherSeeding.seedTeacher(TEACHER, "Demo Teacher", password));
        ClassInfo demo = classSeeding.createClassWithCode(teacher.id(), "Demo class 10B", JOIN_CODE);
        LocalDate nextWeek = LocalDate.now(clock).plusDays(7);
        AssignmentInfo who = classroom.assign(teacher.id(), demo.id(), "who-said-what", nextWeek, FeedbackMode.IMMEDIATE, List.of());
        AssignmentInfo positions = classroom.assign(teacher.id(), demo.id(), "hard-or-soft-line", nextWeek.plusDays(7),
                FeedbackMode.AFTER_SUBMISSION, List.of());
        sampleWork(demo, who, positions);
        if (classSize > 0) {
            fullClass(teacher, nextWeek);
        }
        String message = "Demo data made. Students: /join with class code READ-2345. Teacher: /login as 'demo' with password "
                + password;
        log.warn(message);
        System.out.println("\n  Working Record demo: " + message + "\n");
    }

    private void sampleWork(ClassInfo demo, AssignmentInfo who, AssignmentInfo positions) {
        StudentRef anna = join(demo, "Anna K.");
        StudentRef ben = join(demo, "Ben T.");
        StudentRef zsofia = join(demo, "Zsófia H.");
        save(anna, who, "quiz/who-capitulation", Answer.WhoSaidIt.of("zhukov"));
        save(anna, who, "quiz/open-one-speaker", new Answer.Open(
                "I chose Zhukov. In line 16 he speaks in favour of a firm line and says Mikoyan incites capitulation."));
        save(ben, who, "quiz/who-capitulation", Answer.WhoSaidIt.of("molotov"));
        for (StudentRef s : List.of(anna, ben, zsofia)) {
            save(s, positions, "positions/grid", new Answer.Grid(Map.of(new Answer.Cell("khrushchev", "mikoyan"),
                    s == anna ? "supportive" : "critical")));
        }
        save(zsofia, positions, "positions/open-khrushchev", new Answer.Open(
                "Mostly defending: in line 22 he says \"Mikoyan is acting as he said\", but he also wants to \"reinforce with troops\" (line 29)."));
        attempts.submit(zsofia, positions.id());
    }

    private static final List<String> NAMES = List.of("Ada", "Bence", "Chloe", "Dávid", "Emma", "Farid", "Greta", "Hugo", "Ines",
            "Jonas", "Kira", "Luca", "Mia", "Noah", "Olga", "Pál", "Rosa", "Sami", "Tereza", "Umar", "Vera", "Will", "Yara", "Zoltán");

    /**
     * A class that has answered every question of "Hard line or soft line?", most of it right, some
     * of it wrong, two in three handed in: what a teacher's pages and class packs look like after a
     * lesson. Its assignment id is logged for the benchmarks.
     */
    private void fullClass(TeacherInfo teacher, LocalDate due) {
        ClassInfo c = classSeeding.createClassWithCode(teacher.id(), "Demo class 11A", "READ3456");
        AssignmentInfo a = classroom.assign(teacher.id(), c.id(), "hard-or-soft-line", due, FeedbackMode.AFTER_SUBMISSION, List.of());
        var lesson = catalog.lesson("hard-or-soft-line").orElseThrow();
        Random random = new Random(1956);
        for (int i = 0; i < classSize; i++) {
            String name = NAMES.get(i % NAMES.size()) + " " + (char) ('A' + (i * 7 + i / NAMES.size() * 5) % 26) + ".";
            JoinOutcome joined = classroom.join(c.joinCode(), name, new JoinClient("demo-class-" + i, "127.0.0.1"));
            if (!(joined instanceof JoinOutcome.Joined)) {
                joined = classroom.join(c.joinCode(), name + " " + (i + 1), new JoinClient("demo-class-" + i + "b", "127.0.0.1"));
            }
            StudentRef s = ((JoinOutcome.Joined) joined).student();
            for (AssignedQuestion q : AssignedQuestion.all(lesson, a)) {
                Answer v = answer(q.question(), lesson.plan(), random);
                if (!v.isEmpty()) {
                    attempts.save(s, a.id(), q.key(), v, SavedAnswer.NONE);
                }
            }
            if (i % 3 != 2) {
                attempts.submit(s, a.id());
            }
        }
        log.info("Demo class 11A: {} students, every question answered, assignment {}", classSize, a.id());
    }

    /** A plausible answer: right about two times in three. */
    private static Answer answer(Question q, LessonPlan plan, Random r) {
        boolean right = r.nextInt(3) != 0;
        return switch (q) {
            case Question.Choice c -> Answer.Choice.of(right ? c.answer() : r.nextInt(c.options().size()));
            case Question.WhoSaidIt w -> Answer.WhoSaidIt.of(
                    right ? w.answer() : plan.speakers().get(r.nextInt(plan.speakers().size())).id());
            case Question.TrueFalse t -> Answer.TrueFalse.of(right == t.answer());
            case Question.PickEvidence p -> Answer.Evidence.of(12 + r.nextInt(20));
            case Question.Matching m -> {
                Map<Integer, String> speakers = new HashMap<>();
                for (int i = 0; i < m.pairs().size(); i++) {
                    speakers.put(i, r.nextInt(3) != 0 ? m.pairs().get(i).speaker()
                            : plan.speakers().get(r.nextInt(plan.speakers().size())).id());
                }
                yield new Answer.Matching(speakers);
            }
            case Question.PositionsGrid g -> {
                Map<Answer.Cell, String> stances = new HashMap<>();
                for (String speaker : g.speakers()) {
                    for (String topic : g.topics()) {
                        String key = plan.position(speaker, topic).map(LessonPlan.Position::stance).orElse("not-stated");
                        stances.put(new Answer.Cell(speaker, topic), r.nextInt(3) != 0 ? key
                                : plan.stances().get(r.nextInt(plan.stances().size())).id());
                    }
                }
                yield new Answer.Grid(stances);
            }
            case Question.Order o -> {
                List<Integer> order = new ArrayList<>(IntStream.range(0, o.items().size()).boxed().toList());
                if (!right) {
                    Collections.shuffle(order, r);
                }
                yield new Answer.Order(order);
            }
            case Question.Open o -> new Answer.Open(right
                    ? "Mostly defending him: in line 22 he says \"Mikoyan is acting as he said\", but in line 29 he wants to reinforce with troops."
                    : "He is against Mikoyan because he wants more troops.");
        };
    }

    private StudentRef join(ClassInfo c, String name) {
        return ((JoinOutcome.Joined) classroom.join(c.joinCode(), name, new JoinClient("demo-data", "127.0.0.1"))).student();
    }

    private void save(StudentRef s, AssignmentInfo a, String key, Answer answer) {
        SavedAnswer current = attempts.open(s, a.id()).answers().get(key);
        attempts.save(s, a.id(), key, answer, current == null ? SavedAnswer.NONE : current.revision());
    }
}
