package se.kansli.signing.eid;

import com.verisec.frejaeid.client.beans.authentication.cancel.CancelAuthenticationRequest;
import com.verisec.frejaeid.client.beans.authentication.get.AuthenticationResultRequest;
import com.verisec.frejaeid.client.beans.authentication.init.InitiateAuthenticationRequest;
import com.verisec.frejaeid.client.beans.authentication.init.InitiateAuthenticationRequestBuilders;
import com.verisec.frejaeid.client.beans.common.Result;
import com.verisec.frejaeid.client.beans.general.BasicUserInfo;
import com.verisec.frejaeid.client.beans.general.RequestedAttributes;
import com.verisec.frejaeid.client.beans.general.SslSettings;
import com.verisec.frejaeid.client.beans.general.SsnUserInfo;
import com.verisec.frejaeid.client.beans.sign.cancel.CancelSignRequest;
import com.verisec.frejaeid.client.beans.sign.get.SignResultRequest;
import com.verisec.frejaeid.client.beans.sign.init.DataToSign;
import com.verisec.frejaeid.client.beans.sign.init.InitiateSignRequest;
import com.verisec.frejaeid.client.client.api.AuthenticationClientApi;
import com.verisec.frejaeid.client.client.api.SignClientApi;
import com.verisec.frejaeid.client.client.impl.AuthenticationClient;
import com.verisec.frejaeid.client.client.impl.BasicClient;
import com.verisec.frejaeid.client.client.impl.SignClient;
import com.verisec.frejaeid.client.enums.AttributeToReturn;
import com.verisec.frejaeid.client.enums.Country;
import com.verisec.frejaeid.client.enums.FrejaEnvironment;
import com.verisec.frejaeid.client.exceptions.FrejaEidClientInternalException;
import com.verisec.frejaeid.client.exceptions.FrejaEidException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import se.kansli.shared.InvalidInput;

/**
 * Freja eID through Verisec's official client (com.verisec.frejaeid:FrejaEidClient). Signing is a
 * "Sign transaction" whose text is what the user sees: the document's title and SHA-256.
 *
 * <p>The order reference handed out says whether it is an authentication or a signature ({@code
 * auth:…}, {@code sign:…}), since Freja keeps the two apart and this way no state is needed here.
 */
@Component
@ConditionalOnBooleanProperty("kansli.signing.freja.enabled")
class FrejaEidProvider implements EidProvider {

  private static final Logger log = LoggerFactory.getLogger(FrejaEidProvider.class);
  private static final String AUTH = "auth:";
  private static final String SIGN = "sign:";

  /** Freja shows at most 128 characters of a signature's title. */
  private static final int TITLE_LENGTH = 128;

  private final AuthenticationClientApi authentication;
  private final SignClientApi signing;

  @Autowired
  FrejaEidProvider(FrejaProperties properties) {
    this(clients(properties));
  }

  private FrejaEidProvider(Clients clients) {
    this(clients.authentication(), clients.signing());
  }

  FrejaEidProvider(AuthenticationClientApi authentication, SignClientApi signing) {
    this.authentication = authentication;
    this.signing = signing;
  }

  @Override
  public String id() {
    return "freja";
  }

  @Override
  public String displayName() {
    return "Freja eID";
  }

  @Override
  public EidOrder authenticate(EidRequest request) {
    InitiateAuthenticationRequestBuilders.UserInfoBuilder who =
        InitiateAuthenticationRequest.createCustom();
    String person = request.personalIdentityNumber();
    InitiateAuthenticationRequest init =
        call(() ->
            (isBlank(person) ? who.setInferred() : who.setSsn(ssn(person)))
                .setAttributesToReturn(AttributeToReturn.BASIC_USER_INFO, AttributeToReturn.SSN)
                .build());
    return new EidOrder(id(), AUTH + call(() -> authentication.initiate(init)), null);
  }

  @Override
  public EidOrder sign(EidRequest request, String visibleText, byte[] nonVisibleData) {
    String person = request.personalIdentityNumber();
    if (isBlank(person)) {
      // A Freja signature goes to a named user; there is no QR code flow for signing.
      throw new InvalidInput(
          "personalIdentityNumber", "Ange personnummer för att skriva under med Freja eID.");
    }
    DataToSign data =
        nonVisibleData == null
            ? DataToSign.create(visibleText)
            : DataToSign.create(visibleText, nonVisibleData);
    InitiateSignRequest init =
        call(() ->
            InitiateSignRequest.createCustom()
                .setSsn(ssn(person))
                .setTitle(title(visibleText))
                .setDataToSign(data)
                .setAttributesToReturn(AttributeToReturn.BASIC_USER_INFO, AttributeToReturn.SSN)
                .build());
    return new EidOrder(id(), SIGN + call(() -> signing.initiate(init)), null);
  }

  @Override
  public EidStatus collect(String orderRef) {
    Result result =
        orderRef.startsWith(SIGN)
            ? call(() -> signing.getResult(SignResultRequest.create(reference(orderRef))))
            : call(() ->
                authentication.getResult(AuthenticationResultRequest.create(reference(orderRef))));
    EidStatus.State state = FrejaMessages.state(result.getStatus());
    if (state != EidStatus.State.COMPLETE) {
      return new EidStatus(
          state, result.getStatus().name(), FrejaMessages.of(result.getStatus()), null, null);
    }
    return new EidStatus(
        state,
        result.getStatus().name(),
        null,
        identity(result.getRequestedAttributes()),
        new EidEvidence(id(), result.getDetails(), null));
  }

  @Override
  public void cancel(String orderRef) {
    if (orderRef.startsWith(SIGN)) {
      call(() -> signing.cancel(CancelSignRequest.create(reference(orderRef))));
    } else {
      call(() -> authentication.cancel(CancelAuthenticationRequest.create(reference(orderRef))));
    }
  }

  /**
   * For an authentication without a known person, the QR code the Freja app scans to bind itself to
   * the transaction. It does not change over time.
   */
  @Override
  public Optional<String> qrCode(String orderRef, Instant now) {
    if (!orderRef.startsWith(AUTH)) {
      return Optional.empty();
    }
    return Optional.of(
        "frejaeid://bindUserToTransaction?transactionReference="
            + URLEncoder.encode(reference(orderRef), StandardCharsets.UTF_8));
  }

  private static EidIdentity identity(RequestedAttributes attributes) {
    if (attributes == null) {
      return null;
    }
    BasicUserInfo basic = attributes.getBasicUserInfo();
    String given = basic == null ? null : basic.getName();
    String surname = basic == null ? null : basic.getSurname();
    String ssn = attributes.getSsn() == null ? null : attributes.getSsn().getSsn();
    String name = given == null ? surname : surname == null ? given : given + " " + surname;
    return new EidIdentity(personalIdentityNumber(ssn), name, given, surname);
  }

  private static SsnUserInfo ssn(String personalIdentityNumber) {
    return SsnUserInfo.create(Country.SWEDEN, personalIdentityNumber.replaceAll("[^0-9]", ""));
  }

  private static String personalIdentityNumber(String twelveDigits) {
    return twelveDigits != null && twelveDigits.length() == 12
        ? twelveDigits.substring(0, 8) + "-" + twelveDigits.substring(8)
        : twelveDigits;
  }

  private static String title(String visibleText) {
    String firstLine = visibleText.lines().findFirst().orElse("Underskrift").strip();
    return firstLine.length() <= TITLE_LENGTH ? firstLine : firstLine.substring(0, TITLE_LENGTH);
  }

  private static String reference(String orderRef) {
    int colon = orderRef.indexOf(':');
    return colon < 0 ? orderRef : orderRef.substring(colon + 1);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** Runs a client call, turning its checked exceptions into {@link EidException}. */
  private static <T> T call(FrejaCall<T> call) {
    try {
      return call.run();
    } catch (FrejaEidException e) {
      // Freja answered with an error code (its RP API "Error codes"), e.g. an unknown reference.
      log.warn("Freja eID refused: {} {}", e.getErrorCode(), e.getMessage());
      throw new EidException(String.valueOf(e.getErrorCode()), FrejaMessages.REFUSED, false, e);
    } catch (FrejaEidClientInternalException e) {
      // No connection, no answer within the read timeout, or an answer the client cannot read.
      log.warn("Freja eID unreachable: {}", e.getMessage());
      throw new EidException("unreachable", FrejaMessages.TECHNICAL_ERROR, true, e);
    }
  }

  private static void call(FrejaAction action) {
    call(() -> {
      action.run();
      return null;
    });
  }

  @FunctionalInterface
  private interface FrejaCall<T> {
    T run() throws FrejaEidException, FrejaEidClientInternalException;
  }

  @FunctionalInterface
  private interface FrejaAction {
    void run() throws FrejaEidException, FrejaEidClientInternalException;
  }

  private record Clients(AuthenticationClientApi authentication, SignClientApi signing) {}

  private static Clients clients(FrejaProperties properties) {
    SSLContext tls =
        EidTls.sslContext(
            properties.clientKeystore(),
            properties.clientKeystorePassword(),
            properties.truststore(),
            properties.truststorePassword());
    FrejaEnvironment environment = FrejaEnvironment.valueOf(properties.environment().name());
    return call(() ->
        new Clients(
            configure(AuthenticationClient.create(SslSettings.create(tls), environment), properties)
                .build(),
            configure(SignClient.create(SslSettings.create(tls), environment), properties)
                .build()));
  }

  private static BasicClient.GenericBuilder configure(
      BasicClient.GenericBuilder builder, FrejaProperties properties) {
    builder
        .setConnectionTimeout((int) properties.connectTimeout().toMillis())
        .setReadTimeout((int) properties.readTimeout().toMillis());
    if (!isBlank(properties.serverUrl())) {
      builder.setTestModeCustomUrl(properties.serverUrl());
    }
    return builder;
  }
}
