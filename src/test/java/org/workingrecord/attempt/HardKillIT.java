package org.workingrecord.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database settings the app ships with keep every acknowledged write when the server is
 * killed without warning (kill -9): a child JVM writes answers, prints "ack" after each commit,
 * and is killed mid-stream; every acknowledged row must be there afterwards.
 */
class HardKillIT {

    @TempDir
    Path data;

    /** The JDBC URL exactly as application.properties builds it when DATABASE_URL is unset, for a given data folder. */
    static String shippedUrl(Path dataDir) throws Exception {
        Properties props = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            props.load(in);
        }
        String url = props.getProperty("spring.datasource.url");
        String unset = "${DATABASE_URL:";
        if (url.startsWith(unset) && url.endsWith("}")) {
            url = url.substring(unset.length(), url.length() - 1);
        }
        return url.replace("${workingrecord.data-dir}", dataDir.toAbsolutePath().toString());
    }

    /** Run in the child JVM: write until killed. */
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
            c.createStatement().execute("create table if not exists acked (n int primary key, v varchar(200))");
            for (int n = 1; ; n++) {
                c.createStatement().execute("insert into acked values (" + n + ", 'answer " + n + "')");
                System.out.println("ack " + n);
                System.out.flush();
            }
        }
    }

    @Test
    void acknowledgedWritesSurviveKillMinusNine() throws Exception {
        String url = shippedUrl(data);
        assertThat(url).contains("WRITE_DELAY=0");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HardKillIT.class.getName(), url).redirectErrorStream(true).start();
        int lastAck = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("ack ")) {
                    lastAck = Integer.parseInt(line.substring(4));
                    if (lastAck >= 300) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(lastAck).isGreaterThanOrEqualTo(300);
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("select count(*), max(n) from acked")) {
            rs.next();
            assertThat(rs.getInt(2)).as("every acknowledged write is there").isGreaterThanOrEqualTo(lastAck);
            assertThat(rs.getInt(1)).isEqualTo(rs.getInt(2));
        }
    }
}
