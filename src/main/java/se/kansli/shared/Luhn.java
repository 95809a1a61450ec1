package se.kansli.shared;

/** The Luhn (mod 10) check digit used by Swedish personal identity and organisation numbers. */
final class Luhn {

  private Luhn() {}

  static boolean isValid(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
