package org.workingrecord.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.Answer;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Live progress between two servers sharing one PostgreSQL (CI runs the suite on one); on the
 * embedded H2 the relay stays off. A second "node" here is a plain connection that listens or
 * notifies on the relay's channel, as another server's relay would.
 */
@SpringBootTest
@ActiveProfiles("test")
class ClusterRelayTest {

    @Autowired
    ClusterRelay relay;

    @Autowired
    LiveProgress live;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    private boolean postgres() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void onTheEmbeddedDatabaseNothingLeavesThisServer() throws Exception {
        assumeTrue(!postgres(), "runs on H2");
        assertThat(relay.enabled()).isFalse();
        assertThat(relay.isRunning()).as("no listening thread").isFalse();
    }

    private Connection otherNode() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", dataSource.getUsername());
        if (dataSource.getPassword() != null) {
            p.setProperty("password", dataSource.getPassword());
        }
        Connection c = DriverManager.getConnection(dataSource.getJdbcUrl(), p);
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN " + relay.channel());
        }
        return c;
    }

    private static List<String> notices(Connection c, long waitMs) throws Exception {
        List<String> out = new ArrayList<>();
        PGNotification[] got = c.unwrap(PGConnection.class).getNotifications((int) waitMs);
        if (got != null) {
            for (PGNotification n : got) {
                out.add(n.getParameter());
            }
        }
        return out;
    }

    private void awaitListening() throws InterruptedException {
        for (int i = 0; i < 100 && !relay.listening(); i++) {
            Thread.sleep(50);
        }
        assertThat(relay.listening()).as("the relay is listening").isTrue();
    }

    @Test
    void aSavedAnswerIsAnnouncedToOtherServersWhenItCommitsAndARolledBackOneIsNot() throws Exception {
        assumeTrue(postgres(), "runs on PostgreSQL");
        assertThat(relay.enabled()).isTrue();
        ClassInfo c = classroom.createClass(900_011L, "Relay 1");
        StudentRef anna = ((JoinOutcome.Joined) classroom.join(c.joinCode(), "Anna", new JoinClient("relay-anna", "127.0.0.1"))).student();
        AssignmentInfo a = classroom.assign(900_011L, c.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of());
        try (Connection other = otherNode()) {
            attempts.save(anna, a.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("molotov"), SavedAnswer.NONE);
            List<String> got = notices(other, 3_000);
            assertThat(got).hasSize(1);
            assertThat(got.getFirst()).endsWith("|" + a.id() + "|" + anna.studentId());

            transactions.executeWithoutResult(tx -> {
                events.publishEvent(new WorkChanged(a.id(), anna.studentId()));
                tx.setRollbackOnly();
            });
            assertThat(notices(other, 1_000)).as("a change that never committed is never announced").isEmpty();
        }
    }

    @Test
    void anotherServersChangeReachesThisServersTeacherPageAndSurvivesALostConnection() throws Exception {
        assumeTrue(postgres(), "runs on PostgreSQL");
        awaitListening();
        BlockingQueue<LiveProgress.Changes> page = new LinkedBlockingQueue<>();
        long assignmentId = 987_654L;
        try (LiveProgress.Subscription s = live.subscribe(assignmentId, page::add)) {
            jdbc.query("select pg_notify(?, ?)", rs -> null, relay.channel(), "other-node|" + assignmentId + "|42");
            LiveProgress.Changes changes = page.poll(3, TimeUnit.SECONDS);
            assertThat(changes).as("the other server's change reached the page").isNotNull();
            assertThat(changes.includes(42)).isTrue();
            assertThat(changes.wholeClass()).isFalse();

            // the database drops the relay's connection (a restart, a network blip)
            Integer killed = jdbc.queryForObject(
                    "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?",
                    Integer.class, ClusterRelay.APPLICATION_NAME);
            assertThat(killed).isGreaterThanOrEqualTo(1);
            LiveProgress.Changes afterDrop = page.poll(10, TimeUnit.SECONDS);
            assertThat(afterDrop).as("back after the drop, the page is told to reload everything it may have missed").isNotNull();
            assertThat(afterDrop.wholeClass()).isTrue();
            awaitListening();

            jdbc.query("select pg_notify(?, ?)", rs -> null, relay.channel(), "other-node|" + assignmentId + "|43");
            LiveProgress.Changes again = page.poll(3, TimeUnit.SECONDS);
            assertThat(again).isNotNull();
            assertThat(again.includes(43)).isTrue();
        }
    }
}
