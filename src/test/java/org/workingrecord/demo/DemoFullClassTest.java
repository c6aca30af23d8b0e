package org.workingrecord.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.AccountService;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.ProgressRow;
import org.workingrecord.attempt.WorkStatus;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;

/** Demo mode with a full class: every student has answered every question, most hand in. */
@SpringBootTest(properties = {"workingrecord.demo=true", "workingrecord.demo.class-size=30"})
@ActiveProfiles("test")
class DemoFullClassTest {

    @Autowired
    ClassroomService classroom;

    @Autowired
    AccountService accounts;

    @Autowired
    AttemptService attempts;

    @Test
    void aSecondClassHasAnsweredEverything() {
        long teacher = accounts.byUsername("demo").orElseThrow().id();
        ClassInfo full = classroom.classesOf(teacher).stream().filter(c -> c.name().equals("Demo class 11A")).findFirst().orElseThrow();
        assertThat(classroom.roster(teacher, full.id())).hasSize(30);
        long assignment = classroom.assignmentsOf(teacher, full.id()).get(0).id();
        List<ProgressRow> rows = attempts.progress(teacher, assignment);
        assertThat(rows).hasSize(30).allSatisfy(r -> assertThat(r.answered()).isEqualTo(r.total()));
        assertThat(rows).filteredOn(r -> r.status() == WorkStatus.SUBMITTED).hasSize(20);
        // most right, not all: the summary has something to show
        assertThat(rows.stream().mapToInt(ProgressRow::points).sum()).isBetween(rows.get(0).max() * 30 / 3, rows.get(0).max() * 30 - 1);
    }
}
