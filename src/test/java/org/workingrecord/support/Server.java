package org.workingrecord.support;

import java.nio.file.Path;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.workingrecord.Application;

/** The whole app started as a server on its own data folder (embedded database), for tests that stop and start it. */
public final class Server {

    private Server() {
    }

    public static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Application.class)
                .properties("spring.main.banner-mode=off")
                // as command-line arguments: they win over application.properties (default properties do not)
                .run("--workingrecord.data-dir=" + dataDir.toAbsolutePath(), "--server.port=0");
    }
}
