package org.workingrecord.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.workingrecord.Application;

/**
 * Two servers on one database start with no teacher: both print the same setup link, so it works
 * whichever server the load balancer sends it to, and only once.
 */
class SetupAcrossServersIT {

    private static final Pattern LINK = Pattern.compile("/setup\\?token=([0-9a-f]+)");

    private final String database = "jdbc:h2:mem:two-servers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private ConfigurableApplicationContext server(ByteArrayOutputStream console) {
        PrintStream was = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            return new SpringApplicationBuilder(Application.class).properties("spring.main.banner-mode=off")
                    .run("--spring.datasource.url=" + database, "--server.port=0",
                            "--workingrecord.data-dir=" + System.getProperty("java.io.tmpdir") + "/working-record-tests");
        } finally {
            System.setOut(was);
        }
    }

    private static String token(ByteArrayOutputStream console) {
        Matcher m = LINK.matcher(console.toString(StandardCharsets.UTF_8));
        assertThat(m.find()).as("the console shows a setup link").isTrue();
        return m.group(1);
    }

    @Test
    void bothServersPrintOneLinkThatEitherAcceptsOnce() {
        ByteArrayOutputStream consoleA = new ByteArrayOutputStream();
        ByteArrayOutputStream consoleB = new ByteArrayOutputStream();
        try (ConfigurableApplicationContext a = server(consoleA); ConfigurableApplicationContext b = server(consoleB)) {
            String token = token(consoleA);
            assertThat(token(consoleB)).isEqualTo(token).hasSizeGreaterThanOrEqualTo(32);
            AccountService onB = b.getBean(AccountService.class);
            assertThat(onB.setUp(token, "head", "Ms Head", "a long enough secret").administrator()).isTrue();
            AccountService onA = a.getBean(AccountService.class);
            assertThat(onA.setupNeeded()).isFalse();
        }
    }
}
