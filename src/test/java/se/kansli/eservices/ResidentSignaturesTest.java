package se.kansli.eservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kansli.KansliTest;
import se.kansli.TestMailServer;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Role;
import se.kansli.signing.EidSigning;
import se.kansli.signing.SigningOrders;
import se.kansli.signing.eid.EidIdentity;

/**
 * Several signers: the applicant and the co-signers they invite sign one at a time; the application
 * becomes a case only when the last has signed, and the applicant sees the progress at each step.
 */
@KansliTest
class ResidentSignaturesTest {

  private static final Pattern LINK = Pattern.compile("/sign/([A-Za-z0-9_-]{20,})");

  @Autowired EServices eservices;
  @Autowired ResidentAccounts accounts;
  @Autowired ResidentDrafts drafts;
  @Autowired ResidentSubmissions submissions;
  @Autowired ResidentSignatures signatures;
  @Autowired EidSigning eidSigning;
  @Autowired SigningOrders signingOrders;
  @Autowired TestStaff staff;
  @Autowired TestMailServer mail;
  @Autowired JdbcClient jdbc;
  @Autowired Inbox inbox;
  @Autowired OfficerGroups groups;

  EServiceView service;
  DraftOwner tolvan;
  String tag;

  @BeforeEach
  void anEServiceSignedByBothGuardians() {
    tag = UUID.randomUUID().toString().substring(0, 8);
    Actor admin = staff.actor(Role.ADMINISTRATOR, "kiruna");
    EServiceView created =
        eservices.create(
            new EServiceSettings(
                "kiruna",
                "Skolskjuts " + tag,
                "Ansök om skolskjuts.",
                "Skola",
                "3.1.1",
                "Skolskjutshandläggare",
                true,
                SigningRequirement.SEVERAL,
                null,
                30),
            admin);
    eservices.updateForm(
        created.draft().id(),
        new Form(
            List.of(
                new FormPage(
                    "Eleven",
                    List.of(FormField.of("namn", FieldType.SHORT_TEXT, "Elevens namn", true))))),
        admin);
    eservices.publish(created.draft().id(), admin);
    service = eservices.get(created.id(), admin);
    tolvan =
        new DraftOwner(
            accounts
                .signIn(
                    new EidIdentity("19121212-1212", "Tolvan Tolvansson", "Tolvan", "Tolvansson"))
                .id(),
            null);
  }

  DraftView filledIn() {
    DraftView draft = drafts.start("kiruna", service.slug(), tolvan);
    AnswerCheck check =
        drafts.savePage(
            draft.id(), tolvan, 0, Map.of("namn", List.of("Lilla Tolvan")), List.of(), true);
    assertThat(check.problems()).isEmpty();
    return draft;
  }

  String email(String who) {
    return who + "-" + tag + "@example.se";
  }

  /** Signs with the test eID, which answers at once as 19121212-1212. */
  void sign(String link) {
    Matcher m = LINK.matcher(link);
    assertThat(m.find()).as("a signing link in " + link).isTrue();
    eidSigning.start(m.group(1), "test", "127.0.0.1", true);
    eidSigning.collect(m.group(1));
  }

  /** The personal link in the invitation e-mailed to the address. */
  String invitation(String address) throws Exception {
    List<MimeMessage> received = mail.to(address);
    assertThat(received).as("an invitation to " + address).isNotEmpty();
    return received.getLast().getContent().toString();
  }

  SigningProgress progress(UUID draft) {
    return signatures.ofDraft(draft, tolvan).orElseThrow();
  }

  boolean filed(UUID draft) {
    return jdbc.sql("select count(*) from e_service_submissions where draft_id = ?")
            .param(draft)
            .query(Integer.class)
            .single()
        > 0;
  }

  @Test
  void threeSignersOneAtATimeAndTheCaseOnlyWhenTheLastHasSigned() throws Exception {
    DraftView draft = filledIn();
    String link =
        submissions.requestSignature(
            draft.id(),
            tolvan,
            email("tolvan"),
            List.of(
                new ResidentSubmissions.CoSigner("Första Vårdnadshavaren", email("forsta")),
                new ResidentSubmissions.CoSigner("", ""),
                new ResidentSubmissions.CoSigner("Andra Vårdnadshavaren", email("andra"))));

    SigningProgress start = progress(draft.id());
    assertThat(start.state()).isEqualTo(SigningProgress.State.WAITING);
    assertThat(start.signers())
        .extracting(SigningProgress.Signer::name, SigningProgress.Signer::status)
        .containsExactly(
            tuple("Tolvan Tolvansson", SigningProgress.Status.INVITED),
            tuple("Första Vårdnadshavaren", SigningProgress.Status.NOT_YET_INVITED),
            tuple("Andra Vårdnadshavaren", SigningProgress.Status.NOT_YET_INVITED));
    assertThat(start.signers().getFirst().invitedAt()).isNotNull();
    assertThat(signatures.awaiting(tolvan.resident()))
        .extracting(AwaitingSignatures::draftId)
        .contains(draft.id());
    assertThat(drafts.mine(tolvan.resident()))
        .as("not among the drafts being filled in")
        .extracting(DraftView::id)
        .doesNotContain(draft.id());
    assertThatThrownBy(() ->
            drafts.savePage(
                draft.id(), tolvan, 0, Map.of("namn", List.of("Annan")), List.of(), true))
        .as("the answers being signed cannot change")
        .isInstanceOf(Conflict.class);
    assertThat(mail.to(email("forsta"))).as("invited when the applicant has signed").isEmpty();

    sign(link);
    SigningProgress applicantSigned = progress(draft.id());
    assertThat(applicantSigned.signers())
        .extracting(SigningProgress.Signer::status)
        .containsExactly(
            SigningProgress.Status.SIGNED,
            SigningProgress.Status.INVITED,
            SigningProgress.Status.NOT_YET_INVITED);
    assertThat(applicantSigned.signers().getFirst().signedAt()).isNotNull();
    assertThat(applicantSigned.signers().get(1).invitedAt()).isNotNull();
    assertThat(applicantSigned.signedCount()).isEqualTo(1);
    assertThat(filed(draft.id())).as("no case before everyone has signed").isFalse();

    sign(invitation(email("forsta")));
    SigningProgress twoSigned = progress(draft.id());
    assertThat(twoSigned.signers())
        .extracting(SigningProgress.Signer::status)
        .containsExactly(
            SigningProgress.Status.SIGNED,
            SigningProgress.Status.SIGNED,
            SigningProgress.Status.INVITED);
    assertThat(twoSigned.state()).isEqualTo(SigningProgress.State.WAITING);
    assertThat(filed(draft.id())).isFalse();
    assertThat(submissions.ofDraft(draft.id(), tolvan)).isEmpty();

    sign(invitation(email("andra")));
    ResidentSubmissionView sent = submissions.ofDraft(draft.id(), tolvan).orElseThrow();
    assertThat(sent.caseNumber()).isNotBlank();
    SigningProgress done = signatures.ofSubmission(sent).orElseThrow();
    assertThat(done.state()).isEqualTo(SigningProgress.State.COMPLETED);
    assertThat(done.signers())
        .allSatisfy(s -> {
          assertThat(s.status()).isEqualTo(SigningProgress.Status.SIGNED);
          assertThat(s.signedAt()).isNotNull();
        });
    assertThat(signatures.awaiting(tolvan.resident()))
        .extracting(AwaitingSignatures::draftId)
        .doesNotContain(draft.id());
    assertThatThrownBy(() -> signatures.withdraw(draft.id(), tolvan)).isInstanceOf(Conflict.class);
  }

  @Test
  void aDeclineIsShownAndTheApplicantChangesTheApplicationAndInvitesAgain() throws Exception {
    DraftView draft = filledIn();
    sign(
        submissions.requestSignature(
            draft.id(),
            tolvan,
            email("tolvan"),
            List.of(new ResidentSubmissions.CoSigner("Andra Vårdnadshavaren", email("andra")))));
    Matcher m = LINK.matcher(invitation(email("andra")));
    assertThat(m.find()).isTrue();
    signingOrders.decline(m.group(1), "Vi har inte kommit överens om det här.");

    SigningProgress declined = progress(draft.id());
    assertThat(declined.state()).isEqualTo(SigningProgress.State.DECLINED);
    assertThat(declined.ended()).isTrue();
    assertThat(declined.signers().get(1).status()).isEqualTo(SigningProgress.Status.DECLINED);
    assertThat(declined.signers().get(1).declineComment()).contains("överens");
    assertThat(filed(draft.id())).isFalse();

    assertThat(signatures.withdraw(draft.id(), tolvan))
        .as("the co-signers to invite again")
        .containsExactly(new ResidentSubmissions.CoSigner("Andra Vårdnadshavaren", email("andra")));
    assertThat(signatures.ofDraft(draft.id(), tolvan)).isEmpty();
    assertThat(
            drafts
                .savePage(
                    draft.id(), tolvan, 0, Map.of("namn", List.of("Stora Tolvan")), List.of(), true)
                .problems())
        .as("editable again")
        .isEmpty();
    String again =
        submissions.requestSignature(
            draft.id(),
            tolvan,
            email("tolvan"),
            List.of(new ResidentSubmissions.CoSigner("Tredje Person", email("tredje"))));
    assertThat(progress(draft.id()).signers())
        .extracting(SigningProgress.Signer::name)
        .containsExactly("Tolvan Tolvansson", "Tredje Person");
    assertThat(again).contains("/sign/");
  }

  @Test
  void aWithdrawnOrderCanNoLongerBeSigned() {
    DraftView draft = filledIn();
    String link =
        submissions.requestSignature(
            draft.id(),
            tolvan,
            email("tolvan"),
            List.of(new ResidentSubmissions.CoSigner("Andra Vårdnadshavaren", email("andra"))));
    signatures.withdraw(draft.id(), tolvan);
    assertThatThrownBy(() -> sign(link)).isInstanceOf(Conflict.class);
    assertThat(filed(draft.id())).isFalse();
    drafts.delete(draft.id(), tolvan);
  }

  @Test
  void everyWrongCoSignerIsToldAtOnceAndNothingIsSent() {
    DraftView draft = filledIn();
    List<ResidentSubmissions.CoSigner> rows =
        List.of(
            new ResidentSubmissions.CoSigner("Anna", "inte-en-adress"),
            new ResidentSubmissions.CoSigner("", email("utan-namn")),
            new ResidentSubmissions.CoSigner("Bo", email("TOLVAN")),
            new ResidentSubmissions.CoSigner("Cia", email("samma")),
            new ResidentSubmissions.CoSigner("Dan", email("samma").toUpperCase()));
    assertThatThrownBy(
            () -> submissions.requestSignature(draft.id(), tolvan, email("tolvan"), rows))
        .isInstanceOfSatisfying(
            SignatureRequestProblems.class,
            e ->
                assertThat(e.problems())
                    .extracting(FormProblem::field, FormProblem::message)
                    .containsExactly(
                        tuple(
                            "coSigners-0-email",
                            "Skriv e-postadressen till medundertecknare 1 i formatet"
                                + " namn@exempel.se."),
                        tuple("coSigners-1-name", "Skriv namnet på medundertecknare 2."),
                        tuple(
                            "coSigners-2-email",
                            "Medundertecknare 3 ska ha en egen e-postadress, inte din egen."),
                        tuple(
                            "coSigners-4-email",
                            "Medundertecknare 5 har samma e-postadress som en annan"
                                + " medundertecknare. Var och en får en egen inbjudan.")));
    assertThatThrownBy(() ->
            submissions.requestSignature(
                draft.id(),
                tolvan,
                "fel",
                List.of(
                    new ResidentSubmissions.CoSigner("", ""),
                    new ResidentSubmissions.CoSigner("", ""))))
        .isInstanceOfSatisfying(
            SignatureRequestProblems.class,
            e ->
                assertThat(e.problems())
                    .extracting(FormProblem::field)
                    .containsExactly("email", "coSigners-0-name"));
    List<ResidentSubmissions.CoSigner> six = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(new ResidentSubmissions.CoSigner("Person " + i, email("person" + i)));
    }
    assertThatThrownBy(() -> submissions.requestSignature(draft.id(), tolvan, email("tolvan"), six))
        .hasMessage("Du kan bjuda in högst 5 medundertecknare.");
    assertThat(signatures.ofDraft(draft.id(), tolvan)).as("nothing half-saved").isEmpty();
    assertThat(mail.to(email("tolvan"))).isEmpty();
    assertThat(mail.to(email("samma"))).isEmpty();
  }
}
