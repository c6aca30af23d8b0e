package org.workingrecord.classroom;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long an archived class is kept: {@code workingrecord.retention.archived-months} after it was
 * archived (12 by default; 0 keeps archived classes until their teacher deletes them), then it is
 * deleted with its students and their work, each night at 03:15 ({@code workingrecord.retention.cron},
 * '-' for never). The class page says when, so the teacher can download the class's data first.
 * Several servers may sweep at once: deleting what is already gone deletes nothing.
 */
@Service
public class ClassRetention {

    private static final Logger log = LoggerFactory.getLogger(ClassRetention.class);

    private final SchoolClassRepository classes;
    private final StudentRepository students;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int months;

    ClassRetention(SchoolClassRepository classes, StudentRepository students, ApplicationEventPublisher events, Clock clock,
                   @Value("${workingrecord.retention.archived-months:12}") int months) {
        this.classes = classes;
        this.students = students;
        this.events = events;
        this.clock = clock;
        this.months = Math.max(0, months);
    }

    /** Months an archived class is kept; 0 for as long as its teacher keeps it. */
    public int months() {
        return months;
    }

    /** When an archived class will be deleted; empty when it is not archived or archived classes are kept. */
    public Optional<Instant> deletionDate(ClassInfo c) {
        if (!c.archived() || c.archivedAt() == null || months == 0) {
            return Optional.empty();
        }
        return Optional.of(c.archivedAt().atOffset(ZoneOffset.UTC).plusMonths(months).toInstant());
    }

    @Scheduled(cron = "${workingrecord.retention.cron:0 15 3 * * *}")
    void nightly() {
        int deleted = sweep(clock.instant());
        if (deleted > 0) {
            log.info("Deleted {} archived {} past their {} months", deleted, deleted == 1 ? "class" : "classes", months);
        }
    }

    /** Deletes the classes archived more than the set months before {@code now}; how many. */
    @Transactional
    public int sweep(Instant now) {
        if (months == 0) {
            return 0;
        }
        int deleted = 0;
        for (SchoolClass c : classes.findByArchivedTrueAndArchivedAtBefore(now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant())) {
            int gone = students.countByClassId(c.id());
            // another server's sweep may have taken it since: only what this one deleted is told
            if (classes.deleteOne(c.id()) > 0) {
                events.publishEvent(new StudentDataDeleted(null, c.id(), c.name(), null, gone, StudentDataDeleted.Why.CLASS_EXPIRED));
                deleted++;
            }
        }
        return deleted;
    }
}
