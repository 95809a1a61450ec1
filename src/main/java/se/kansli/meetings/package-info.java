/**
 * Meetings: decision-making bodies and their seats, the meeting plan, agendas taken from registry
 * cases, notices, minutes with § numbers, attendance, votes and dissents, the Kommunallagen check
 * before attestation, attestation through the signing capability and the public notice board.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package se.kansli.meetings;
