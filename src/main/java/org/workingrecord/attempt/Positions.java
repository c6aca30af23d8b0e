package org.workingrecord.attempt;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where each student is in a lesson, written in batches. Moving to another step is a map update in
 * the student's request; a background flush, at most once per interval, writes every place that
 * changed in one transaction, so a class moving on together costs the embedded database one
 * commit, not one per click (each commit is a disk write that the others queue behind). A place not
 * yet written is still what the student's next page opens at. On shutdown everything pending is
 * written; a hard kill loses at most the last interval's moves, never an answer.
 */
@Component
class Positions {

    private static final Logger log = LoggerFactory.getLogger(Positions.class);

    record Key(long assignmentId, long studentId) {
    }

    record Place(int step, int part) {
    }

    private final Map<Key, Place> pending = new ConcurrentHashMap<>();
    private final AttemptRepository attempts;
    private final TransactionTemplate tx;
    private final ScheduledExecutorService flusher;

    Positions(AttemptRepository attempts, PlatformTransactionManager transactions,
              @Value("${workingrecord.positions.interval:1s}") Duration interval) {
        this.attempts = attempts;
        this.tx = new TransactionTemplate(transactions);
        flusher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("positions-flush").factory());
        long ms = Math.max(50, interval.toMillis());
        flusher.scheduleWithFixedDelay(this::flushQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }

    void remember(long assignmentId, long studentId, int step, int part) {
        pending.put(new Key(assignmentId, studentId), new Place(step, part));
    }

    /** A place remembered but not yet written. */
    Optional<Place> pending(long assignmentId, long studentId) {
        return Optional.ofNullable(pending.get(new Key(assignmentId, studentId)));
    }

    /** Writes every pending place in one transaction; a place changed meanwhile stays pending for the next flush. */
    synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<Key, Place> batch = Map.copyOf(pending);
        tx.executeWithoutResult(s -> batch.forEach((k, p) -> attempts.moveTo(k.assignmentId(), k.studentId(), p.step(), p.part())));
        // kept visible until written, so a page opened meanwhile never sees an older place
        batch.forEach(pending::remove);
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // only a convenience (answers are written on their own): tried again at the next flush
            log.warn("Could not write where students are in their lessons; trying again", e);
        }
    }

    @PreDestroy
    void destroy() {
        flusher.shutdown();
        try {
            flusher.awaitTermination(5, TimeUnit.SECONDS);
            flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Could not write where students are in their lessons at shutdown", e);
        }
    }
}
