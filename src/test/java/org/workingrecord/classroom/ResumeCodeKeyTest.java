package org.workingrecord.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Resume codes are stored keyed with a secret that is not in the database, and old hashes are rewritten. */
class ResumeCodeKeyTest {

    @TempDir
    Path data;

    private static final String CODE = "HJKM2345";

    @Test
    void theKeyIsMadeOnceInTheDataFolderReadableByItsOwnerOnly() throws Exception {
        ResumeCodeKey first = new ResumeCodeKey("", data);
        Path file = data.resolve(ResumeCodeKey.FILE);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        // a restart reads the same key: every code still opens the same row
        ResumeCodeKey again = new ResumeCodeKey("", data);
        assertThat(again.hash(CODE)).isEqualTo(first.hash(CODE));
        assertThat(first.source()).isEqualTo(file.toString());
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aStoredHashIsUselessWithoutTheKey() {
        ResumeCodeKey key = new ResumeCodeKey("", data);
        String stored = key.hash(CODE);
        assertThat(stored).startsWith(key.prefix()).hasSizeLessThanOrEqualTo(64)
                // what a copy of the database alone lets anyone compute for each of the 31^8 codes
                .doesNotContain(Codes.digest(CODE));
        ResumeCodeKey other = new ResumeCodeKey(Base64.getEncoder().encodeToString(new byte[32]), data.resolve("elsewhere"));
        assertThat(other.hash(CODE)).isNotEqualTo(stored);
        assertThat(other.prefix()).isNotEqualTo(key.prefix());
        assertThat(key.hash("HJKM2346")).isNotEqualTo(stored);
    }

    @Test
    void aConfiguredKeyWinsOverTheFileAndABadOneIsRefusedPlainly() {
        String shared = Base64.getEncoder().encodeToString("thirty-two bytes of shared key!!".getBytes());
        ResumeCodeKey a = new ResumeCodeKey(shared, data.resolve("server-a"));
        ResumeCodeKey b = new ResumeCodeKey(" " + shared + "\n", data.resolve("server-b"));
        assertThat(a.hash(CODE)).isEqualTo(b.hash(CODE));
        assertThat(data.resolve("server-a").resolve(ResumeCodeKey.FILE)).doesNotExist();
        assertThat(a.source()).isEqualTo("the setting workingrecord.resume-code-key");

        assertThatThrownBy(() -> new ResumeCodeKey(Base64.getEncoder().encodeToString(new byte[16]), data))
                .hasMessageContaining("has 16 bytes; it needs at least 32").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new ResumeCodeKey("not base64 at all!", data))
                .hasMessageContaining("workingrecord.resume-code-key is not base64");
    }

    @Test
    void aDamagedKeyFileStopsTheStartWithItsPath() throws Exception {
        Path file = data.resolve(ResumeCodeKey.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "c2hvcnQ=\n");
        assertThatThrownBy(() -> new ResumeCodeKey("", data))
                .hasMessageContaining(file.toString()).hasMessageContaining("has 5 bytes");
    }

    @Test
    void theMigrationKeysTheHashesStoredBeforeSoEveryStudentKeepsTheirCode() {
        var db = new DriverManagerDataSource("jdbc:h2:mem:resume-keys-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("3").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("insert into school_class (name, join_code, created_at) values ('10B', 'ABCDEFGH', ?)",
                Timestamp.from(Instant.EPOCH));
        long classId = jdbc.queryForObject("select id from school_class", Long.class);
        jdbc.update("insert into student (class_id, display_name, name_key, resume_code_hash, created_at) values (?, 'Anna', 'anna', ?, ?)",
                classId, Codes.digest(CODE), Timestamp.from(Instant.EPOCH));

        ResumeCodeKey key = new ResumeCodeKey("", data);
        Flyway flyway = Flyway.configure().dataSource(db).locations("classpath:db/migration")
                .javaMigrations(new V4__Key_resume_codes(key)).load();
        assertThat(flyway.migrate().migrationsExecuted).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForObject("select resume_code_hash from student", String.class)).isEqualTo(key.hash(CODE));
        assertThat(flyway.info().applied()).anySatisfy(m -> assertThat(m.getDescription()).isEqualTo("Key resume codes"));
        // and a start with another key knows how many codes it cannot open
        ResumeCodeKey lost = new ResumeCodeKey("", data.resolve("restored-without-its-key"));
        assertThat(new ResumeCodeKeyCheck(jdbc, lost).otherKey()).isEqualTo(1);
        assertThat(new ResumeCodeKeyCheck(jdbc, key).otherKey()).isZero();
    }
}
