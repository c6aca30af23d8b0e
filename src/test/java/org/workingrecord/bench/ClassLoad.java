package org.workingrecord.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.management.OperatingSystemMXBean;
import org.jsoup.Jsoup;

/**
 * A class of simulated students, speaking Vaadin's protocol to a running server: each joins with
 * the class code, opens My work and then the lesson, goes to the step with a written question
 * and answers it with think time, a sentence at a time, as a student types. A save counts only
 * when the server's answer carries the new revision of the answer (sent only after a write);
 * every acknowledged text is written to a file so that
 * {@link VerifyAnswers} can check it against the database afterwards.
 *
 * <p>Usage: {@code ClassLoad BASE_URL JOIN_CODE STUDENTS SECONDS THINK_MIN_MS THINK_MAX_MS ACKS_FILE [RAMP_SECONDS [WARMUP_STUDENTS]]}.
 * Bounded: it stops by itself after SECONDS (plus at most two minutes for answers in flight).
 */
public final class ClassLoad {

    /** Time per step of getting in, to see which one is slow. */
    static final Map<String, List<Long>> PHASES = new ConcurrentHashMap<>();

    private static long phase(String name, long since) {
        long now = System.nanoTime();
        PHASES.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(now - since);
        return now;
    }

    /** When each student's first answer was acknowledged (epoch ms), for the teacher page's push delay. */
    static final Map<String, Long> FIRST_ACKS = new ConcurrentHashMap<>();
    /** Behind the load balancer (deploy/haproxy.cfg): the server each student's first answer was saved on. */
    static final Map<String, String> NODES = new ConcurrentHashMap<>();
    static final String NODE_COOKIE = "WRNODE";
    /**
     * Once the whole class is in, each student also answers the true/false question at a random
     * moment: when that second answer was acknowledged (epoch ms), for the push delay while the
     * class answers (not while it joins).
     */
    static final Map<String, Long> SECOND_ACKS = new ConcurrentHashMap<>();
    /** Saves sent after every student had reached the question: the class answering, no one joining. */
    static final List<Long> SAVES_ALL_IN = Collections.synchronizedList(new ArrayList<>());
    static final AtomicInteger IN = new AtomicInteger();
    static volatile long allInAt = Long.MAX_VALUE;
    static volatile int classSize;
    /** The driver's own CPU before the measured class (after its warm-up). */
    static volatile long CPU_AT_START;
    /** When the whole class was let through to open the lesson together (wall clock, for matching a profile). */
    static final AtomicLong RELEASED = new AtomicLong();
    static final List<Long> WORK_VIEW_BYTES = Collections.synchronizedList(new ArrayList<>());
    static final List<Long> WORK_VIEW_WIRE = Collections.synchronizedList(new ArrayList<>());
    /** Server-side nodes attached in the student's UI on the step with the written question. */
    static final List<Long> QUESTION_STEP_NODES = Collections.synchronizedList(new ArrayList<>());
    static final List<Long> LESSON_NODES = Collections.synchronizedList(new ArrayList<>());

    private static final Pattern WORK_LINK = Pattern.compile("^/?work/(\\d+)$");

    record Result(List<Long> joins, List<Long> saves, int savesFailed, int joinsFailed, List<String> errors) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String code = args[1];
        int students = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int thinkMin = Integer.parseInt(args[4]);
        int thinkMax = Integer.parseInt(args[5]);
        Path acks = Path.of(args[6]);
        int ramp = args.length > 7 ? Integer.parseInt(args[7]) : 0;
        int warmup = args.length > 8 ? Integer.parseInt(args[8]) : 0;
        if (warmup > 0) {
            // a few students first, not counted: a server that has served a class before, not a cold JVM
            run(base, code, warmup, Duration.ofSeconds(10), 500, 1000, Duration.ofSeconds(2), acks.resolveSibling("warmup-acks.tsv"));
            PHASES.clear();
            WORK_VIEW_BYTES.clear();
            WORK_VIEW_WIRE.clear();
            QUESTION_STEP_NODES.clear();
            LESSON_NODES.clear();
            FIRST_ACKS.clear();
            RELEASED.set(0);
            System.out.println("warm-up: " + warmup + " students done");
        }
        // the script takes the server's baseline heap now, with this driver warm too (no real class
        // has a load generator of its own JIT-compiling on the server's cores while it opens the lesson)
        String handshake = System.getenv("WARMUP_HANDSHAKE");
        if (handshake != null) {
            Files.writeString(Path.of(handshake, "warmed"), "");
            while (!Files.exists(Path.of(handshake, "go"))) {
                Thread.sleep(100);
            }
        }
        CPU_AT_START = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        Result r = run(base, code, students, Duration.ofSeconds(seconds), thinkMin, thinkMax, Duration.ofSeconds(ramp), acks);
        report(students, r);
    }

    static Result run(String base, String code, int students, Duration duration, int thinkMin, int thinkMax, Duration ramp,
                      Path acksFile) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(10)).build();
        classSize = students;
        IN.set(0);
        allInAt = Long.MAX_VALUE;
        SECOND_ACKS.clear();
        SAVES_ALL_IN.clear();
        List<Long> joins = Collections.synchronizedList(new ArrayList<>());
        List<Long> saves = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> acked = new ConcurrentHashMap<>();
        AtomicInteger savesFailed = new AtomicInteger();
        AtomicInteger joinsFailed = new AtomicInteger();
        String run = toLetters((int) (System.currentTimeMillis() / 1000 % 10_000_000));
        CountDownLatch start = new CountDownLatch(1);
        // all at once: everyone joins, then the whole class opens the lesson in the same moment
        Phaser together = ramp.isZero() ? new Phaser(students) : null;
        long end = System.nanoTime() + duration.toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < students; i++) {
                String name = "Bench " + run + " " + toLetters(i) + ".";
                long delay = ramp.isZero() ? 0 : ramp.toMillis() * i / Math.max(1, students);
                AtomicBoolean arrived = new AtomicBoolean();
                pool.submit(() -> {
                    try {
                        start.await();
                        Thread.sleep(delay);
                        student(http, base, code, name, end, thinkMin, thinkMax, joins, saves, savesFailed, acked, together, arrived);
                    } catch (Exception e) {
                        joinsFailed.incrementAndGet();
                        errors.add(name + ": " + e);
                        if (together != null && arrived.compareAndSet(false, true)) {
                            together.arriveAndDeregister();
                        }
                    }
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            if (!pool.awaitTermination(duration.toSeconds() + ramp.toSeconds() + 120, TimeUnit.SECONDS)) {
                errors.add("students still running at the deadline");
                pool.shutdownNow();
            }
        }
        List<String> lines = new ArrayList<>();
        acked.forEach((k, v) -> lines.add(k + "\t" + v));
        Collections.sort(lines);
        Files.write(acksFile, lines);
        Files.write(acksFile.resolveSibling("acks-times.tsv"),
                FIRST_ACKS.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList());
        Files.write(acksFile.resolveSibling("nodes.tsv"),
                NODES.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList());
        Files.write(acksFile.resolveSibling("second-acks-times.tsv"),
                SECOND_ACKS.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + "\t" + e.getValue()).toList());
        return new Result(joins, saves, savesFailed.get(), joinsFailed.get(), errors);
    }

    private static void student(HttpClient http, String base, String code, String name, long end, int thinkMin, int thinkMax,
                                List<Long> joins, List<Long> saves, AtomicInteger savesFailed, Map<String, String> acked,
                                Phaser together, AtomicBoolean arrived)
            throws Exception {
        VaadinClient tab = new VaadinClient(http, base);
        long t0 = System.nanoTime();
        VaadinClient.Reply page = tab.open("join");
        long t = phase("1 open join", t0);
        if (System.getenv("BENCH_DEBUG") != null) {
            System.out.println(page.raw().length() > 4000 ? page.raw().substring(page.raw().length() - 4000) : page.raw());
            System.out.println(tab.dump());
        }
        tab.setProperty(tab.field("Class code").orElseThrow(() -> new IOException("no class code field")), "value", code);
        tab.setProperty(tab.field("Your name").orElseThrow(), "value", name);
        t = phase("2 type code and name", t);
        VaadinClient.Reply joined = tab.click(tab.button("Join the class").orElseThrow());
        t = phase("3 join", t);
        if (!joined.says("resume code") && !joined.says("Resume code") && !joined.says("resume")) {
            throw new IOException("join refused: " + snippet(joined.raw()));
        }
        // the re-entry cookie comes with the answer to "Join" (Set-Cookie, HttpOnly): the client keeps it
        if (!tab.cookies().containsKey("wr-student")) {
            throw new IOException("no re-entry cookie after joining");
        }
        tab.click(tab.button("Go to my work").orElseThrow(() -> new IOException("no way on to My work")));
        t = phase("4 open my work", t);
        long assignment = tab.findAll(n -> "a".equals(n.tag) && n.attribute("href") != null
                        && WORK_LINK.matcher(n.attribute("href")).matches()).stream()
                .mapToLong(n -> {
                    Matcher m = WORK_LINK.matcher(n.attribute("href"));
                    m.matches();
                    return Long.parseLong(m.group(1));
                }).min().orElseThrow(() -> new IOException("no lesson on My work"));
        String route = "work/" + assignment;
        long waited = 0;
        if (together != null && arrived.compareAndSet(false, true)) {
            long w0 = System.nanoTime();
            together.arriveAndAwaitAdvance();
            if (RELEASED.compareAndSet(0, System.currentTimeMillis())) {
                System.out.println("the class opens the lesson together at " + Instant.ofEpochMilli(RELEASED.get()));
            }
            waited = System.nanoTime() - w0;
            t = System.nanoTime();
        }
        long opened = t;
        VaadinClient.Reply lesson = tab.navigate(route);
        t = phase("5 open the lesson", t);
        WORK_VIEW_BYTES.add((long) lesson.raw().length());
        WORK_VIEW_WIRE.add(tab.lastWireBytes());
        LESSON_NODES.add((long) tab.findAll(n -> true).size());
        VaadinClient.Node area = openWritingStep(tab);
        QUESTION_STEP_NODES.add((long) tab.findAll(n -> true).size());
        phase("6 go to the written question", t);
        if (together != null) {
            phase("7 the whole class opens the lesson at once: to the written question", opened);
        }
        joins.add(System.nanoTime() - t0 - waited);
        if (IN.incrementAndGet() == classSize) {
            allInAt = System.nanoTime();
        }
        long secondAt = -1;

        String[] sentences = {"Zhukov says Mikoyan incites capitulation in line 16.", "Molotov calls for a firm line.",
                "Khrushchev defends Mikoyan in line 22.", "Bulganin says the position is wrong and ambiguous.",
                "Furtseva is worried about the effect on the party."};
        StringBuilder text = new StringBuilder();
        int n = 0;
        while (System.nanoTime() < end) {
            Thread.sleep(ThreadLocalRandom.current().nextInt(thinkMin, thinkMax + 1));
            if (System.nanoTime() >= end) {
                break;
            }
            if (!CHAOS && secondAt < 0 && allInAt != Long.MAX_VALUE) {
                // a random moment in the first half of what is left of the run
                secondAt = System.nanoTime() + ThreadLocalRandom.current().nextLong(Math.max(1, (end - System.nanoTime()) / 2));
            }
            if (secondAt > 0 && System.nanoTime() >= secondAt && !SECOND_ACKS.containsKey(name)) {
                answerTrueFalse(tab, name);
                continue;
            }
            text.append(text.isEmpty() ? "" : " ").append(sentences[n++ % sentences.length]);
            String value = text.toString();
            try {
                VaadinClient.Reply reply = tab.setProperty(area, "value", value);
                // the page records the new revision only after the server wrote the answer
                if (reply.says("__wrRevision")) {
                    FIRST_ACKS.putIfAbsent(name, System.currentTimeMillis());
                    NODES.putIfAbsent(name, tab.cookies().getOrDefault(NODE_COOKIE, "-"));
                    saves.add(reply.nanos());
                    if (System.nanoTime() - reply.nanos() > allInAt) {
                        SAVES_ALL_IN.add(reply.nanos());
                    }
                    acked.put(name + "\t" + assignment, value);
                } else {
                    savesFailed.incrementAndGet();
                }
            } catch (IOException e) {
                savesFailed.incrementAndGet();
                if (CHAOS) {
                    // the server went away: come back as the browser would (reload the page), then send the text again
                    area = comeBack(tab, route, end);
                    if (area == null) {
                        return;
                    }
                    try {
                        VaadinClient.Reply reply = tab.setProperty(area, "value", value);
                        if (reply.says("__wrRevision")) {
                            saves.add(reply.nanos());
                            acked.put(name + "\t" + assignment, value);
                        }
                    } catch (IOException again) {
                        savesFailed.incrementAndGet();
                    }
                }
            }
        }
    }

    /** Picks the second option ("False") of the lesson's true/false question, as a click on its radio button. */
    private static void answerTrueFalse(VaadinClient tab, String name) throws IOException, InterruptedException {
        Optional<VaadinClient.Node> tf = tab.find(n -> n.classes.contains("answer-radio") && n.property("innerHTML") != null
                && Jsoup.parseBodyFragment(n.property("innerHTML")).select("input[type=radio]").size() == 2);
        if (tf.isEmpty()) {
            SECOND_ACKS.put(name, -1L);
            return;
        }
        long start = System.nanoTime();
        VaadinClient.Reply reply = tab.fire(tf.get(), "change", Map.of("event.target.value", "1", "event.target.dataset.part || ''", ""));
        if (reply.says("Saved at")) {
            SECOND_ACKS.put(name, System.currentTimeMillis());
            SAVES_ALL_IN.add(System.nanoTime() - start);
        } else {
            SECOND_ACKS.put(name, -1L);
        }
    }

    /** In a chaos run: the server was killed; students reload until it is back (as Vaadin's client does). */
    static final boolean CHAOS = System.getenv("CHAOS") != null;
    static final AtomicInteger REJOINED = new AtomicInteger();
    static final AtomicInteger BACK_AT_STEP = new AtomicInteger();
    static final AtomicInteger BACK_ELSEWHERE = new AtomicInteger();

    private static VaadinClient.Node comeBack(VaadinClient tab, String route, long end) throws InterruptedException {
        long giveUp = end + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < giveUp) {
            try {
                tab.open(route);
                if (tab.field("Class code").isPresent()) {
                    // sent back to the join page: the failure this harness counts
                    REJOINED.incrementAndGet();
                    return null;
                }
                Optional<VaadinClient.Node> area = tab.find(n -> "vaadin-text-area".equals(n.tag));
                if (area.isPresent()) {
                    BACK_AT_STEP.incrementAndGet();
                    return area.get();
                }
                BACK_ELSEWHERE.incrementAndGet();
                return openWritingStep(tab);
            } catch (IOException down) {
                Thread.sleep(1000);
            }
        }
        return null;
    }

    /** The event data of a click in the list of steps (as WorkView asks for it): the step's number. */
    static final String STEP = "event.target.closest('[data-step]') ? +event.target.closest('[data-step]').dataset.step : -1";

    /** Clicks through the lesson's steps until one has a written question; returns its text area. */
    static VaadinClient.Node openWritingStep(VaadinClient tab) throws IOException, InterruptedException {
        for (int step = 1; step < 8; step++) {
            Optional<VaadinClient.Node> area = tab.find(n -> "vaadin-text-area".equals(n.tag));
            if (area.isPresent()) {
                return area.get();
            }
            Optional<VaadinClient.Node> nav = tab.find(n -> "nav".equals(n.tag) && n.classes.contains("step-nav"));
            if (nav.isEmpty()) {
                break;
            }
            // the steps are plain buttons in the nav's HTML; the nav's one listener hears which was clicked
            int steps = Jsoup.parseBodyFragment(String.valueOf(nav.get().property("innerHTML")))
                    .select("button[data-step]").size();
            if (step >= steps) {
                break;
            }
            tab.fire(nav.get(), "click", Map.of(STEP, step, "event.target.closest('[data-step]') !== null", true));
        }
        throw new IOException("no written question in the lesson");
    }

    static String toLetters(int i) {
        StringBuilder b = new StringBuilder();
        int n = i;
        do {
            b.append((char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return b.reverse().toString();
    }

    private static String snippet(String raw) {
        return raw.length() > 300 ? raw.substring(0, 300) + "…" : raw;
    }

    static long percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static String ms(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static void report(int students, Result r) {
        long cpu = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
                - CPU_AT_START;
        System.out.printf(Locale.ROOT,
                "students=%d joined=%d joinFailed=%d | from /join to the written question (time waiting for the class left out): p50=%s p95=%s max=%s | saves ok=%d failed=%d:"
                        + " p50=%s p95=%s p99=%s max=%s | driver CPU %.1f s%n",
                students, r.joins().size(), r.joinsFailed(), ms(percentile(r.joins(), 50)), ms(percentile(r.joins(), 95)),
                ms(percentile(r.joins(), 100)), r.saves().size(), r.savesFailed(), ms(percentile(r.saves(), 50)),
                ms(percentile(r.saves(), 95)), ms(percentile(r.saves(), 99)), ms(percentile(r.saves(), 100)), cpu / 1e9);
        System.out.printf(Locale.ROOT, "  saves once the whole class was in (%d, true/false answers included): p50=%s p95=%s"
                        + " p99=%s max=%s; second answers acknowledged: %d%n", SAVES_ALL_IN.size(), ms(percentile(SAVES_ALL_IN, 50)),
                ms(percentile(SAVES_ALL_IN, 95)), ms(percentile(SAVES_ALL_IN, 99)), ms(percentile(SAVES_ALL_IN, 100)),
                SECOND_ACKS.values().stream().filter(v -> v > 0).count());
        System.out.printf(Locale.ROOT, "  work view: first response %d bytes of JSON, %d bytes on the network;"
                        + " %d server-side nodes when the lesson opens, %d on the step with the written question%n",
                percentile(WORK_VIEW_BYTES, 50), percentile(WORK_VIEW_WIRE, 50), percentile(LESSON_NODES, 50),
                percentile(QUESTION_STEP_NODES, 50));
        PHASES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> System.out.printf(Locale.ROOT,
                "  %s: p50=%s p95=%s%n", e.getKey(), ms(percentile(e.getValue(), 50)), ms(percentile(e.getValue(), 95))));
        if (CHAOS) {
            System.out.printf("chaos: came back at the same step %d times, elsewhere in the lesson %d times;"
                    + " sent back to the join page %d times%n", BACK_AT_STEP.get(), BACK_ELSEWHERE.get(), REJOINED.get());
        }
        r.errors().stream().limit(10).forEach(e -> System.out.println("  error: " + e));
    }

    private ClassLoad() {
    }
}
