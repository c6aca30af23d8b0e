package org.workingrecord.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Which database the suite really runs on: the embedded H2 by default, PostgreSQL when CI sets
 * {@code WR_TEST_DATABASE_URL}, each context in a schema of its own with every migration applied.
 */
@SpringBootTest
@ActiveProfiles("test")
class DatabaseInUseTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSuiteRunsOnTheDatabaseItWasAskedFor() throws Exception {
        boolean postgres = System.getenv(PostgresSchemaPerContext.URL) != null && !System.getenv(PostgresSchemaPerContext.URL).isBlank();
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(postgres ? "PostgreSQL" : "H2");
            if (postgres) {
                assertThat(c.getSchema()).as("a schema of this context's own").matches("t[0-9a-f]{32}");
            }
        }
        Integer migrations = jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"success\"", Integer.class);
        assertThat(migrations).as("every migration, V1 to V5, applied").isGreaterThanOrEqualTo(5);
    }
}
