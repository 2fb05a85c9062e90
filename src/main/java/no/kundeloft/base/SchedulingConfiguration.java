package no.kundeloft.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the nightly jobs ({@code @Scheduled}), such as the retention jobs. */
@Configuration
@EnableScheduling
public class SchedulingConfiguration {}
