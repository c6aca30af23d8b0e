package org.workingrecord.backup;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The nightly backup runs on Spring's scheduler. */
@Configuration
@EnableScheduling
class Scheduling {
}
