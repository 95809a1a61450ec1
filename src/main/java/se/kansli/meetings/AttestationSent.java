package se.kansli.meetings;

import java.util.List;

/**
 * The minutes went for attestation. The signers' personal links are e-mailed to them and shown once
 * to the secretary, who can pass them on when e-mail is not configured.
 */
public record AttestationSent(MeetingView meeting, List<String> signerLinks) {}
