package org.workingrecord.support;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the tests against a real PostgreSQL when {@code WR_TEST_DATABASE_URL} is set (CI does, after the
 * embedded run): each application context gets a schema of its own in that database, as each gets a
 * private in-memory H2 database otherwise, so contexts alive at once never see each other's rows.
 * Flyway creates the schema and runs the same migrations in it. Without the variable nothing changes.
 *
 * <p>{@code WR_TEST_DATABASE_USER} and {@code WR_TEST_DATABASE_PASSWORD} give the account (default: postgres, none).
 */
public class PostgresSchemaPerContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String URL = "WR_TEST_DATABASE_URL";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = System.getenv(URL);
        if (url == null || url.isBlank()) {
            return;
        }
        String schema = "t" + UUID.randomUUID().toString().replace("-", "");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", Map.of(
                "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username", env("WR_TEST_DATABASE_USER", "postgres"),
                "spring.datasource.password", env("WR_TEST_DATABASE_PASSWORD", ""),
                "spring.flyway.schemas", schema,
                "spring.flyway.default-schema", schema,
                "spring.jpa.properties.hibernate.default_schema", schema)));
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
