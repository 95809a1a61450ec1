package se.kansli.signing.eid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON bodies of the BankID Relying Party API v6.0, as the API names their fields. */
final class BankIdApi {

  private BankIdApi() {}

  /** Body of /auth and /sign (v6 "auth", "sign"). Absent fields are left out, not sent as null. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record OrderRequest(
      String endUserIp,
      String userVisibleData,
      String userVisibleDataFormat,
      String userNonVisibleData,
      Requirement requirement,
      String returnUrl) {}

  /** Body of /phone/auth and /phone/sign: no IP, but who called whom ("user" or "RP"). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PhoneOrderRequest(
      String personalNumber,
      String callInitiator,
      String userVisibleData,
      String userVisibleDataFormat,
      String userNonVisibleData,
      Requirement requirement) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Requirement(String personalNumber) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record OrderResponse(
      String orderRef, String autoStartToken, String qrStartToken, String qrStartSecret) {}

  record OrderRef(String orderRef) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record CollectResponse(
      String orderRef, String status, String hintCode, CompletionData completionData) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record CompletionData(User user, String signature, String ocspResponse) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record User(String personalNumber, String name, String givenName, String surname) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ErrorResponse(String errorCode, String details) {}
}
