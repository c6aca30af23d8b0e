package org.workingrecord.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;

/**
 * Demo mode ({@code --workingrecord.demo=true}): a class with the join code READ-2345 and two
 * lessons assigned, so a newcomer can try the student pages at once. Never on by default: a
 * join code printed in a README must not exist on a school's server.
 */
@Component
@ConditionalOnProperty(name = "workingrecord.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String JOIN_CODE = "READ2345";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ClassroomService classroom;
    private final Clock clock;

    DemoData(ClassroomService classroom, Clock clock) {
        this.classroom = classroom;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (classroom.classWithCode(JOIN_CODE).isPresent()) {
            log.info("Demo class is ready: join at /join with the class code READ-2345");
            return;
        }
        ClassInfo demo = classroom.createClassWithCode(1L, "Demo class 10B", JOIN_CODE);
        LocalDate nextWeek = LocalDate.now(clock).plusDays(7);
        classroom.assign(1L, demo.id(), "who-said-what", nextWeek, FeedbackMode.IMMEDIATE, List.of());
        classroom.assign(1L, demo.id(), "hard-or-soft-line", nextWeek.plusDays(7), FeedbackMode.AFTER_SUBMISSION, List.of());
        log.info("Demo class created: join at /join with the class code READ-2345");
    }
}
