package se.kansli.signing.eid;

import java.net.http.HttpClient;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import se.kansli.signing.eid.BankIdApi.CollectResponse;
import se.kansli.signing.eid.BankIdApi.ErrorResponse;
import se.kansli.signing.eid.BankIdApi.OrderRef;
import se.kansli.signing.eid.BankIdApi.OrderResponse;

/**
 * The HTTP side of BankID: JSON over mutual TLS to the RP API v6.0. Every failure becomes an {@link
 * EidException} with BankID's error code and the Swedish text for it; nothing here retries, and no
 * call waits longer than the configured read timeout.
 */
class BankIdClient {

  private static final Logger log = LoggerFactory.getLogger(BankIdClient.class);

  private final RestClient http;

  BankIdClient(BankIdProperties properties, SSLContext tls) {
    HttpClient client =
        HttpClient.newBuilder().sslContext(tls).connectTimeout(properties.connectTimeout()).build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
    requests.setReadTimeout(properties.readTimeout());
    String base = properties.baseUrl().toString();
    this.http =
        RestClient.builder()
            .baseUrl(base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
            .requestFactory(requests)
            .defaultHeader("Content-Type", MediaType.APPLICATION_JSON_VALUE)
            .build();
  }

  OrderResponse start(String path, Object body) {
    return post(path, body, OrderResponse.class);
  }

  CollectResponse collect(String orderRef) {
    return post("/collect", new OrderRef(orderRef), CollectResponse.class);
  }

  void cancel(String orderRef) {
    post("/cancel", new OrderRef(orderRef), String.class);
  }

  private <T> T post(String path, Object body, Class<T> answer) {
    try {
      return http.post()
          .uri(path)
          .contentType(MediaType.APPLICATION_JSON)
          .body(body)
          .retrieve()
          .body(answer);
    } catch (RestClientResponseException e) {
      throw refused(path, e);
    } catch (ResourceAccessException e) {
      // Connection refused, TLS failure or no answer within the read timeout (RP API v6: the RP
      // decides on retries; the user sees RFA5).
      log.warn("BankID {} unreachable: {}", path, e.getMessage());
      throw new EidException("unreachable", BankIdMessages.RFA5, true, e);
    } catch (RestClientException e) {
      log.warn("BankID {} gave an unreadable answer: {}", path, e.getMessage());
      throw new EidException("internalError", BankIdMessages.RFA5, true, e);
    }
  }

  private static EidException refused(String path, RestClientResponseException e) {
    ErrorResponse error = null;
    try {
      error = e.getResponseBodyAs(ErrorResponse.class);
    } catch (RuntimeException unreadable) {
      // A proxy's HTML error page or similar: fall back to the status code below.
    }
    String code =
        error != null && error.errorCode() != null
            ? error.errorCode()
            : e.getStatusCode().is5xxServerError() ? "internalError" : "unknown";
    log.warn(
        "BankID {} refused: HTTP {} {} {}",
        path,
        e.getStatusCode().value(),
        code,
        error == null ? "" : error.details());
    // 5xx (internalError, maintenance) and requestTimeout may succeed on a new try (RP API v6,
    // "Error codes"); 4xx such as invalidParameters will not.
    boolean retryable = e.getStatusCode().is5xxServerError() || "requestTimeout".equals(code);
    return new EidException(code, BankIdMessages.error(code), retryable, e);
  }
}
