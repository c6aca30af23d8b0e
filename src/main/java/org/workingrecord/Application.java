package org.workingrecord;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import com.vaadin.flow.spring.annotation.EnableVaadin;

/**
 * The app. Vaadin looks for views, the app shell and error pages only in the packages named in
 * {@link EnableVaadin}: the shell and each feature's {@code ui} package (ArchitectureTest checks that
 * every route, layout, error page and app shell lives in one of them). Scanning only these instead
 * of every class of the app takes about a third of a second off the main thread at each start.
 */
@SpringBootApplication
@EnableVaadin({"org.workingrecord.shell", "org.workingrecord.account.ui", "org.workingrecord.attempt.ui",
        "org.workingrecord.classroom.ui", "org.workingrecord.gradebook.ui", "org.workingrecord.lesson.ui", "org.workingrecord.authoring.ui",
        "org.workingrecord.worksheet.ui", "org.workingrecord.audit.ui", "org.workingrecord.lti.ui"})
public class Application {

    /** Starts the web app, or runs a command-line tool ({@code lint}, {@code parse-record}) without a server. */
    public static void main(String[] args) {
        if (args.length > 0 && Cli.handles(args[0])) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
