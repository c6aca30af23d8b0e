package org.workingrecord.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.AnswerValue;

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
    private final AttemptService attempts;
    private final Clock clock;

    /**
     * Read when the app starts, not a condition on the bean: a jar built with Spring's ahead-of-time
     * processing fixes its set of beans at build time, and demo mode must still be a start option.
     */
    private final boolean enabled;

    DemoData(AccountService accounts, ClassroomService classroom, AttemptService attempts, Clock clock,
             @org.springframework.beans.factory.annotation.Value("${workingrecord.demo:false}") boolean enabled) {
        this.enabled = enabled;
        this.accounts = accounts;
        this.classroom = classroom;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (classroom.classWithCode(JOIN_CODE).isPresent()) {
            log.info("Demo data is ready: students join at /join with READ-2345; teachers sign in as 'demo' "
                    + "(the password was printed when the demo data was made)");
            return;
        }
        byte[] bytes = new byte[9];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        TeacherInfo teacher = accounts.byUsername(TEACHER).orElseGet(() -> accounts.createDemoTeacher(TEACHER, "Demo Teacher", password));
        ClassInfo demo = classroom.createClassWithCode(teacher.id(), "Demo class 10B", JOIN_CODE);
        LocalDate nextWeek = LocalDate.now(clock).plusDays(7);
        AssignmentInfo who = classroom.assign(teacher.id(), demo.id(), "who-said-what", nextWeek, FeedbackMode.IMMEDIATE, List.of());
        AssignmentInfo positions = classroom.assign(teacher.id(), demo.id(), "hard-or-soft-line", nextWeek.plusDays(7),
                FeedbackMode.AFTER_SUBMISSION, List.of());
        sampleWork(demo, who, positions);
        String message = "Demo data made. Students: /join with class code READ-2345. Teacher: /login as 'demo' with password "
                + password;
        log.warn(message);
        System.out.println("\n  Working Record demo: " + message + "\n");
    }

    private void sampleWork(ClassInfo demo, AssignmentInfo who, AssignmentInfo positions) {
        StudentRef anna = join(demo, "Anna K.");
        StudentRef ben = join(demo, "Ben T.");
        StudentRef zsofia = join(demo, "Zsófia H.");
        save(anna, who, "quiz/who-capitulation", "speaker", "zhukov");
        save(anna, who, "quiz/open-one-speaker", "text",
                "I chose Zhukov. In line 16 he speaks in favour of a firm line and says Mikoyan incites capitulation.");
        save(ben, who, "quiz/who-capitulation", "speaker", "molotov");
        for (StudentRef s : List.of(anna, ben, zsofia)) {
            save(s, positions, "positions/grid", "khrushchev/mikoyan", s == anna ? "supportive" : "critical");
        }
        save(zsofia, positions, "positions/open-khrushchev", "text",
                "Mostly defending: in line 22 he says \"Mikoyan is acting as he said\", but he also wants reinforcements (line 25).");
        attempts.submit(zsofia, positions.id());
    }

    private StudentRef join(ClassInfo c, String name) {
        return ((JoinOutcome.Joined) classroom.join(c.joinCode(), name, new JoinClient("demo-data", "127.0.0.1"))).student();
    }

    private void save(StudentRef s, AssignmentInfo a, String key, String field, String value) {
        SavedAnswer current = attempts.open(s, a.id()).answers().get(key);
        AnswerValue v = current == null ? AnswerValue.of(field, value) : current.value().with(field, value);
        attempts.save(s, a.id(), key, v, current == null ? SavedAnswer.NONE : current.revision());
    }
}
