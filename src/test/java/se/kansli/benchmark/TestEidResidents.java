package se.kansli.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Signs loaded residents in through the real eID login. The test eID always proves Skatteverket's
 * test person, so for the length of one login the resident is given that personal identity number
 * (whoever held it is parked under another), and gets their own back afterwards: the session then
 * holds the resident by id, as after any login.
 */
final class TestEidResidents {

  private static final String TEST_PERSON = "19121212-1212";

  private final String base;
  private final String jdbcUrl;

  TestEidResidents(String base, String jdbcUrl) {
    this.base = base;
    this.jdbcUrl = jdbcUrl;
  }

  synchronized ResidentSession signIn(UUID resident, String organisation) throws Exception {
    String number;
    String name;
    try (Connection c = BenchData.connect(jdbcUrl)) {
      try (var ps =
          c.prepareStatement("select personal_identity_number, name from residents where id = ?")) {
        ps.setObject(1, resident);
        try (var rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalStateException("No resident " + resident);
          }
          number = rs.getString(1);
          name = rs.getString(2);
        }
      }
      update(
          c,
          "update residents set personal_identity_number = 'parkerad-' || id"
              + " where personal_identity_number = ? and id <> ?",
          TEST_PERSON,
          resident);
      update(
          c,
          "update residents set personal_identity_number = ? where id = ?",
          TEST_PERSON,
          resident);
    }
    ResidentSession session = ResidentSession.signIn(base, organisation);
    try (Connection c = BenchData.connect(jdbcUrl);
        var ps =
            c.prepareStatement(
                "update residents set personal_identity_number = ?, name = ? where id = ?")) {
      ps.setString(1, number);
      ps.setString(2, name);
      ps.setObject(3, resident);
      ps.executeUpdate();
    }
    return session;
  }

  private static void update(Connection c, String sql, String number, UUID resident)
      throws SQLException {
    try (var ps = c.prepareStatement(sql)) {
      ps.setString(1, number);
      ps.setObject(2, resident);
      ps.executeUpdate();
    }
  }
}
