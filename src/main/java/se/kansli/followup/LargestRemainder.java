package se.kansli.followup;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an amount in öre by weights so that the shares sum exactly to the amount (Hamilton's
 * largest-remainder method): every share first gets the öre its exact quotient rounds down to, and
 * the öre left over go one each to the shares with the largest remainders. Ties go to the share
 * named first, so the same budget always splits the same way. Integer arithmetic throughout, so no
 * öre is lost or invented by rounding.
 */
final class LargestRemainder {

  private LargestRemainder() {}

  /**
   * @param weights non-negative weights in the order ties are broken in; when they are all zero
   *     (e.g. no metered usage yet) the amount is split equally, since nobody can be said to owe
   *     more than the others
   */
  static <K> Map<K, Long> split(long total, Map<K, BigDecimal> weights) {
    if (total < 0) {
      throw new IllegalArgumentException("Negative amount " + total);
    }
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("Nobody to split among");
    }
    int scale = weights.values().stream().mapToInt(w -> Math.max(w.scale(), 0)).max().orElse(0);
    List<K> keys = new ArrayList<>(weights.keySet());
    List<BigInteger> integral = new ArrayList<>();
    for (K key : keys) {
      BigDecimal w = weights.get(key);
      if (w.signum() < 0) {
        throw new IllegalArgumentException("Negative weight for " + key);
      }
      integral.add(w.setScale(scale).unscaledValue());
    }
    BigInteger sum = integral.stream().reduce(BigInteger.ZERO, BigInteger::add);
    if (sum.signum() == 0) {
      integral.replaceAll(w -> BigInteger.ONE);
      sum = BigInteger.valueOf(keys.size());
    }
    BigInteger amount = BigInteger.valueOf(total);
    long[] shares = new long[keys.size()];
    BigInteger[] remainders = new BigInteger[keys.size()];
    long given = 0;
    for (int i = 0; i < keys.size(); i++) {
      BigInteger[] qr = amount.multiply(integral.get(i)).divideAndRemainder(sum);
      shares[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      given += shares[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
    // Fewer öre are left than there are shares, since each remainder is below one öre.
    for (int n = 0; n < total - given; n++) {
      shares[order.get(n)]++;
    }
    Map<K, Long> result = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      result.put(keys.get(i), shares[i]);
    }
    return result;
  }
}
