package se.kansli.signing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.kansli.shared.Actors;
import se.kansli.shared.InvalidInput;

/** Signing orders and eID metering over REST, for the caller's organisations only. */
@RestController
@Tag(name = "Signing", description = "Underskrifter med e-legitimation")
class SigningOrderApiController {

  private final SigningOrders orders;
  private final EidMetering metering;

  SigningOrderApiController(SigningOrders orders, EidMetering metering) {
    this.orders = orders;
    this.metering = metering;
  }

  /** The order without its file; the file comes as a multipart part of its own. */
  record OrderRequest(
      String organisation,
      String title,
      SigningMode mode,
      List<NewSigningOrder.NewSigner> signers,
      java.time.Instant expiresAt,
      String reference) {}

  @PostMapping(path = "/api/signing-orders", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Send a PDF for signing; the response lists the signers' personal links")
  ResponseEntity<CreatedOrder> create(
      @RequestPart("order") OrderRequest order, @RequestPart("file") MultipartFile file)
      throws IOException {
    CreatedOrder created =
        orders.create(
            new NewSigningOrder(
                order.organisation(),
                order.title(),
                file.getBytes(),
                order.mode(),
                order.signers(),
                order.expiresAt(),
                order.reference()),
            Actors.required());
    return ResponseEntity.created(URI.create("/api/signing-orders/" + created.order().id()))
        .body(created);
  }

  @GetMapping("/api/signing-orders")
  List<SigningOrderView> list() {
    return orders.recent(Actors.required());
  }

  @GetMapping("/api/signing-orders/{id}")
  SigningOrderView get(@PathVariable UUID id) {
    return orders.get(id, Actors.required());
  }

  @GetMapping("/api/signing-orders/{id}/document")
  @Operation(summary = "The document: sealed=true for the signed and sealed PDF")
  ResponseEntity<byte[]> document(
      @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean sealed) {
    return Pdfs.attachment(
        orders.document(id, sealed, Actors.required()),
        sealed ? "underskrivet.pdf" : "dokument.pdf");
  }

  @PostMapping("/api/signing-orders/{id}/cancel")
  SigningOrderView cancel(@PathVariable UUID id) {
    return orders.cancel(id, Actors.required());
  }

  @GetMapping("/api/eid-transactions")
  @Operation(summary = "eID transactions per organisation, kind and provider in a period")
  List<EidMetering.TransactionCount> transactions(
      @RequestParam String from, @RequestParam String to) {
    return metering.counts(date(from, "from"), date(to, "to"), Actors.required());
  }

  private static LocalDate date(String value, String field) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "Datumet ska skrivas ÅÅÅÅ-MM-DD.");
    }
  }
}
