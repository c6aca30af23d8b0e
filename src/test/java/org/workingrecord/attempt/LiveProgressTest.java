package org.workingrecord.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Changes reach subscribers later, coalesced, on a thread of their own; never in the caller's. */
class LiveProgressTest {

    private final LiveProgress live = new LiveProgress(Duration.ofMillis(100));

    @AfterEach
    void stop() {
        live.stop();
    }

    @Test
    void changesAreDeliveredOffTheCallersThreadAndCoalesced() throws Exception {
        List<LiveProgress.Changes> got = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        CountDownLatch delivered = new CountDownLatch(1);
        live.subscribe(7, changes -> {
            got.add(changes);
            threads.add(Thread.currentThread());
            delivered.countDown();
            return true;
        });
        for (long student = 1; student <= 35; student++) {
            live.changed(new WorkChanged(7, student));
            live.changed(new WorkChanged(7, student));
        }
        live.changed(new WorkChanged(8, 99L));
        assertThat(got).as("nothing runs in the saving thread").isEmpty();
        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(300);
        assertThat(threads).doesNotContain(Thread.currentThread());
        Set<Long> all = new HashSet<>();
        got.forEach(c -> all.addAll(c.students()));
        assertThat(all).hasSize(35).doesNotContain(99L);
        assertThat(got.size()).as("70 saves, a handful of deliveries").isLessThanOrEqualTo(3);
    }

    @Test
    void aSlowPageGetsTheChangesThatArrivedMeanwhileInOneLaterDelivery() throws Exception {
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<LiveProgress.Changes> got = new CopyOnWriteArrayList<>();
        live.subscribe(7, changes -> {
            got.add(changes);
            if (got.size() == 1) {
                inFirst.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return true;
        });
        live.changed(new WorkChanged(7, 1L));
        assertThat(inFirst.await(5, TimeUnit.SECONDS)).isTrue();
        for (long s = 2; s <= 10; s++) {
            live.changed(new WorkChanged(7, s));
            Thread.sleep(30);
        }
        Thread.sleep(300); // past the next ticks: all of them are waiting for the busy page now
        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (got.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        assertThat(got).hasSize(2);
        assertThat(got.get(1).students()).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void aGonePageUnsubscribesAndAClosedSubscriptionHearsNothing() throws Exception {
        CountDownLatch once = new CountDownLatch(1);
        live.subscribe(7, changes -> {
            once.countDown();
            return false;
        });
        List<LiveProgress.Changes> closed = new CopyOnWriteArrayList<>();
        LiveProgress.Subscription s = live.subscribe(7, closed::add);
        s.close();
        assertThat(live.subscriptions()).isEqualTo(1);
        live.changed(new WorkChanged(7, 1L));
        assertThat(once.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(live.subscriptions()).isZero();
        assertThat(closed).isEmpty();
    }

    @Test
    void releasingGradesChangesTheWholeClass() throws Exception {
        CountDownLatch delivered = new CountDownLatch(1);
        List<LiveProgress.Changes> got = new CopyOnWriteArrayList<>();
        live.subscribe(7, changes -> {
            got.add(changes);
            delivered.countDown();
            return true;
        });
        live.changed(WorkChanged.ofClass(7));
        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(got.get(0).wholeClass()).isTrue();
        assertThat(got.get(0).includes(12345)).isTrue();
    }

    @Test
    void changesBeforeAPageOpensAreNotKeptForIt() throws Exception {
        live.changed(new WorkChanged(7, 1L));
        List<LiveProgress.Changes> got = new CopyOnWriteArrayList<>();
        live.subscribe(7, got::add);
        Thread.sleep(400);
        assertThat(got).as("the page loads everything when it opens; older changes are not replayed").isEmpty();
        live.changed(new WorkChanged(7, 2L));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (got.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(got).singleElement().satisfies(c -> assertThat(c.students()).containsExactly(2L));
    }
}
