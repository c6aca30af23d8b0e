package org.workingrecord.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * After a load or chaos run, with the server stopped: every answer the server acknowledged must
 * be in the database. Written answers only grow during a run, so the stored text must be the
 * acknowledged one or a later one (a save that was written but whose answer never arrived).
 *
 * <p>Usage: {@code VerifyAnswers JDBC_URL ACKS_FILE}; exit 1 if any acknowledged answer is missing. The database
 * account is DATABASE_USER and DATABASE_PASSWORD, as for the app (default: H2's sa).
 */
public final class VerifyAnswers {

    public static void main(String[] args) throws Exception {
        List<String> acks = Files.readAllLines(Path.of(args[1]));
        int ok = 0;
        int lost = 0;
        try (Connection db = DriverManager.getConnection(args[0],
                System.getenv().getOrDefault("DATABASE_USER", "sa"), System.getenv().getOrDefault("DATABASE_PASSWORD", ""));
             PreparedStatement q = db.prepareStatement("""
                     select a.value_text from answer a join attempt t on a.attempt_id = t.id join student s on t.student_id = s.id
                     where s.display_name = ? and t.assignment_id = ?""")) {
            for (String line : acks) {
                String[] f = line.split("\t", 3);
                q.setString(1, f[0]);
                q.setLong(2, Long.parseLong(f[1]));
                boolean found = false;
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String text = textOf(rs.getString(1));
                        found |= text.startsWith(f[2]);
                    }
                }
                if (found) {
                    ok++;
                } else {
                    lost++;
                    System.out.println("LOST: " + f[0] + " (assignment " + f[1] + "): " + f[2]);
                }
            }
        }
        System.out.printf("acknowledged answers checked: %d, in the database: %d, lost: %d%n", acks.size(), ok, lost);
        System.exit(lost == 0 ? 0 : 1);
    }

    /** The written text of a stored answer (its {@code text} field; see AnswerCodec), read straight from the table. */
    private static String textOf(String stored) {
        for (String pair : stored == null ? new String[0] : stored.split("&")) {
            if (pair.startsWith("text=")) {
                return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private VerifyAnswers() {
    }
}
