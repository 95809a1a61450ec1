package se.kansli.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on @Scheduled jobs (signing order deadlines and reminders, the notice board). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {}
