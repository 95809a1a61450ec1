package se.kansli.registry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Simulates a crash in the middle of a registration: after the case row, its parties and its
 * journal line are written, but before the transaction commits.
 */
@Component
class CrashAfterInsert {

  static final String TRIGGER = "KRASCH MITT I";

  @EventListener
  void on(CaseRegistered event) {
    if (event.title().startsWith(TRIGGER)) {
      throw new IllegalStateException("Simulated crash while registering " + event.caseNumber());
    }
  }
}
