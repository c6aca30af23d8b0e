package org.workingrecord.attempt;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open teacher pages which students' work changed, without ever working in a student's
 * request: a committed change only marks its assignment (a map update); a background tick, at
 * most once per interval, hands each subscriber the students changed since its last delivery, on
 * a delivery thread of its own. A subscriber whose delivery is still running gets the next
 * changes merged into one later delivery, so a slow page never queues up work.
 */
@Component
public class LiveProgress {

    private static final Logger log = LoggerFactory.getLogger(LiveProgress.class);

    /** What changed for one assignment since the last delivery. */
    public record Changes(boolean wholeClass, Set<Long> students) {
        public Changes {
            students = Set.copyOf(students);
        }

        public boolean includes(long studentId) {
            return wholeClass || students.contains(studentId);
        }
    }

    /** A page's listener; returns false when the page is gone, which ends the subscription. */
    public interface Listener extends Predicate<Changes> {
    }

    /** Ends a subscription. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<Long, Pending> dirty = new ConcurrentHashMap<>();
    private final Map<Long, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker;
    private final ExecutorService deliveries;

    LiveProgress(@Value("${workingrecord.live-progress.interval:1s}") Duration interval) {
        ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("live-progress-tick").factory());
        deliveries = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().name("live-progress-", 1).factory());
        long ms = Math.max(50, interval.toMillis());
        ticker.scheduleWithFixedDelay(this::tick, ms, ms, TimeUnit.MILLISECONDS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(WorkChanged event) {
        if (!subscribers.containsKey(event.assignmentId())) {
            return;
        }
        // atomic with the tick's remove: a change lands either in the batch being delivered or in the next one
        dirty.compute(event.assignmentId(), (id, pending) -> {
            Pending p = pending == null ? new Pending() : pending;
            p.add(event.studentId());
            return p;
        });
    }

    /**
     * Everything may have changed (changes from another node were missed, say while the database
     * connection was lost): every open page reloads its whole class at the next tick.
     */
    void everythingChanged() {
        subscribers.keySet().forEach(id -> changed(WorkChanged.ofClass(id)));
    }

    /** Delivers this assignment's changes to {@code listener} until it returns false or is closed. */
    public Subscription subscribe(long assignmentId, Listener listener) {
        Subscriber s = new Subscriber(assignmentId, listener);
        subscribers.computeIfAbsent(assignmentId, id -> new CopyOnWriteArraySet<>()).add(s);
        return () -> remove(s);
    }

    /** Open subscriptions (for the benchmark's report and tests). */
    public int subscriptions() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    private void remove(Subscriber s) {
        subscribers.computeIfPresent(s.assignmentId, (id, set) -> {
            set.remove(s);
            return set.isEmpty() ? null : set;
        });
    }

    private void tick() {
        try {
            for (Long assignmentId : Set.copyOf(dirty.keySet())) {
                Pending pending = dirty.remove(assignmentId);
                Set<Subscriber> targets = subscribers.get(assignmentId);
                if (pending == null || targets == null) {
                    continue;
                }
                Changes changes = pending.changes();
                targets.forEach(s -> s.offer(changes));
            }
        } catch (RuntimeException e) {
            log.warn("Live progress tick failed", e);
        }
    }

    void stop() {
        ticker.shutdownNow();
        deliveries.shutdownNow();
    }

    @PreDestroy
    void destroy() {
        stop();
    }

    private static final class Pending {
        private boolean wholeClass;
        private final Set<Long> students = new HashSet<>();

        synchronized void add(Long studentId) {
            if (studentId == null) {
                wholeClass = true;
            } else {
                students.add(studentId);
            }
        }

        synchronized void merge(Changes c) {
            wholeClass |= c.wholeClass();
            students.addAll(c.students());
        }

        synchronized Changes changes() {
            return new Changes(wholeClass, students);
        }
    }

    private final class Subscriber {
        final long assignmentId;
        final Listener listener;
        private Pending waiting;
        private boolean running;

        Subscriber(long assignmentId, Listener listener) {
            this.assignmentId = assignmentId;
            this.listener = listener;
        }

        synchronized void offer(Changes changes) {
            if (waiting == null) {
                waiting = new Pending();
            }
            waiting.merge(changes);
            if (!running) {
                running = true;
                deliveries.execute(this::deliver);
            }
        }

        private void deliver() {
            while (true) {
                Changes next;
                synchronized (this) {
                    if (waiting == null) {
                        running = false;
                        return;
                    }
                    next = waiting.changes();
                    waiting = null;
                }
                boolean keep;
                try {
                    keep = listener.test(next);
                } catch (RuntimeException e) {
                    log.warn("A live progress page failed to update; it stops receiving updates", e);
                    keep = false;
                }
                if (!keep) {
                    remove(this);
                    synchronized (this) {
                        running = false;
                        waiting = null;
                    }
                    return;
                }
            }
        }
    }
}
