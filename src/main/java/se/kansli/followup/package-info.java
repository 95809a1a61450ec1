/**
 * Follow-up: the operational plan with goals and indicators, budget and its split between the
 * municipalities, actuals, audits, the annual cycle and internal control.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up")
package se.kansli.followup;
