package se.kansli.followup;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kansli.followup.unit-prices}: what one metered eID transaction costs, in kronor, keyed
 * "provider-kind" as metered ("bankid-signature", "freja-authentication", …) or "sms". A key not
 * priced costs nothing, so a new provider shows up on the invoice basis with its count but no
 * amount until someone decides its price.
 */
@ConfigurationProperties("kansli.followup")
record FollowUpProperties(Map<String, BigDecimal> unitPrices) {

  FollowUpProperties {
    unitPrices = unitPrices == null ? Map.of() : Map.copyOf(unitPrices);
  }
}
