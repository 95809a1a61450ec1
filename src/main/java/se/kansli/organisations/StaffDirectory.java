package se.kansli.organisations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/** The staff users: creating them, finding them for sign-in, changing passwords. */
@Service
public class StaffDirectory {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{2,64}");
  static final int MIN_PASSWORD_LENGTH = 12;

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final OrganisationDirectory organisations;

  StaffDirectory(JdbcClient jdbc, PasswordEncoder passwords, OrganisationDirectory organisations) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.organisations = organisations;
  }

  /** Creates a user on an administrator's behalf. */
  @Transactional
  public StaffUser create(NewStaffUser command, Actor by) {
    by.requireAdministrator();
    return create(command);
  }

  /** Creates a user without an acting administrator: first start and demo data only. */
  @Transactional
  public StaffUser create(NewStaffUser command) {
    String username = command.username() == null ? "" : command.username().strip().toLowerCase();
    if (!USERNAME.matcher(username).matches()) {
      throw new InvalidInput("username", "Användarnamnet får bara innehålla a–z, 0–9 och . _ @ -.");
    }
    if (command.displayName() == null || command.displayName().isBlank()) {
      throw new InvalidInput("displayName", "Ange namn.");
    }
    if (command.roles() == null || command.roles().isEmpty()) {
      throw new InvalidInput("roles", "Välj minst en roll.");
    }
    if (command.organisations() == null || command.organisations().isEmpty()) {
      throw new InvalidInput("organisations", "Välj minst en organisation.");
    }
    for (OrganisationId org : command.organisations()) {
      if (!organisations.exists(org.value())) {
        throw new InvalidInput("organisations", "Okänd organisation: " + org);
      }
    }
    if (findByUsername(username).isPresent()) {
      throw new Conflict("username", "Användarnamnet är upptaget.");
    }
    String hash = null;
    if (command.password() != null && !command.password().isEmpty()) {
      checkStrength(command.password());
      hash = passwords.encode(command.password());
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into users (id, username, display_name, email, password_hash, must_change_password)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            username,
            command.displayName().strip(),
            blankToNull(command.email()),
            hash,
            command.mustChangePassword())
        .update();
    for (Role role : command.roles()) {
      jdbc.sql("insert into user_roles (user_id, role) values (?, ?)")
          .params(id, role.name())
          .update();
    }
    for (OrganisationId org : command.organisations()) {
      jdbc.sql("insert into user_organisations (user_id, organisation_id) values (?, ?)")
          .params(id, org.value())
          .update();
    }
    return find(id).orElseThrow();
  }

  /**
   * Changes a user's roles, organisations and whether they may sign in. An administrator may only
   * manage users who work for one of the administrator's own organisations, and may not lock
   * themselves out.
   */
  @Transactional
  public StaffUser update(
      UUID userId, Set<Role> roles, Set<OrganisationId> orgs, boolean enabled, Actor by) {
    by.requireAdministrator();
    StaffUser user =
        find(userId)
            .filter(u -> u.organisations().stream().anyMatch(by::belongsTo))
            .orElseThrow(() -> new NotFound("Användaren finns inte."));
    if (roles == null || roles.isEmpty()) {
      throw new InvalidInput("roles", "Välj minst en roll.");
    }
    if (orgs == null || orgs.isEmpty()) {
      throw new InvalidInput("organisations", "Välj minst en organisation.");
    }
    for (OrganisationId org : orgs) {
      if (!organisations.exists(org.value())) {
        throw new InvalidInput("organisations", "Okänd organisation: " + org);
      }
    }
    if (user.id().equals(by.userId()) && (!enabled || !roles.contains(Role.ADMINISTRATOR))) {
      throw new InvalidInput("roles", "Du kan inte ta bort din egen administratörsbehörighet.");
    }
    jdbc.sql("update users set enabled = ? where id = ?").params(enabled, userId).update();
    jdbc.sql("delete from user_roles where user_id = ?").param(userId).update();
    for (Role role : roles) {
      jdbc.sql("insert into user_roles (user_id, role) values (?, ?)")
          .params(userId, role.name())
          .update();
    }
    jdbc.sql("delete from user_organisations where user_id = ?").param(userId).update();
    for (OrganisationId org : orgs) {
      jdbc.sql("insert into user_organisations (user_id, organisation_id) values (?, ?)")
          .params(userId, org.value())
          .update();
    }
    return find(userId).orElseThrow();
  }

  public Optional<StaffUser> find(UUID id) {
    return load("where u.id = ?", id).stream().findFirst();
  }

  public Optional<StaffUser> findByUsername(String username) {
    return load("where u.username = ?", username.strip().toLowerCase()).stream().findFirst();
  }

  public Optional<StaffUser> findByEmail(String email) {
    return load("where lower(u.email) = lower(?)", email.strip()).stream().findFirst();
  }

  /**
   * The users that work for any of the given organisations, for officer pickers and admin lists.
   */
  public List<StaffUser> workingFor(Set<OrganisationId> orgs) {
    String[] ids = orgs.stream().map(OrganisationId::value).toArray(String[]::new);
    return load(
        "where u.id in (select user_id from user_organisations where organisation_id = any(?))",
        ids);
  }

  public boolean anyAdministrator() {
    return jdbc.sql("select count(*) from user_roles where role = 'ADMINISTRATOR'")
            .query(Long.class)
            .single()
        > 0;
  }

  /** The stored password hash, for the sign-in check only. */
  Optional<String> passwordHash(UUID id) {
    return jdbc.sql("select password_hash from users where id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  @Transactional
  public void changePassword(UUID userId, String current, String next) {
    String hash = passwordHash(userId).orElseThrow(() -> new NotFound("Användaren finns inte."));
    if (hash == null || !passwords.matches(current, hash)) {
      throw new InvalidInput("currentPassword", "Nuvarande lösenord stämmer inte.");
    }
    if (passwords.matches(next, hash)) {
      throw new InvalidInput("newPassword", "Välj ett annat lösenord än det nuvarande.");
    }
    checkStrength(next);
    jdbc.sql("update users set password_hash = ?, must_change_password = false where id = ?")
        .params(passwords.encode(next), userId)
        .update();
  }

  static String newOneTimePassword() {
    return OneTimePasswords.generate();
  }

  private static void checkStrength(String password) {
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new InvalidInput(
          "newPassword", "Lösenordet måste vara minst " + MIN_PASSWORD_LENGTH + " tecken.");
    }
  }

  private List<StaffUser> load(String where, Object param) {
    return rows(where, param, false).stream().map(StaffDirectory::toUser).toList();
  }

  /** A user with their stored password hash (null: OpenID Connect only), in one query. */
  record SignIn(StaffUser user, String passwordHash) {}

  /** The user signing in with a password, and the hash to check it against. */
  Optional<SignIn> forSignIn(String username) {
    return rows("where u.username = ?", username.strip().toLowerCase(), true).stream()
        .findFirst()
        .map(rows -> new SignIn(toUser(rows), (String) rows.getFirst().get("password_hash")));
  }

  /** Each user's rows (one per role and organisation), in display name order. */
  private List<List<Map<String, Object>>> rows(String where, Object param, boolean withHash) {
    var rows =
        jdbc.sql(
                "select u.id, u.username, u.display_name, u.email, u.enabled,"
                    + " u.must_change_password, r.role, o.organisation_id"
                    + (withHash ? ", u.password_hash" : "")
                    + " from users u"
                    + " left join user_roles r on r.user_id = u.id"
                    + " left join user_organisations o on o.user_id = u.id "
                    + where
                    + " order by u.display_name, u.id")
            .param(param)
            .query()
            .listOfRows();
    Map<UUID, List<Map<String, Object>>> byUser = new LinkedHashMap<>();
    for (var row : rows) {
      byUser.computeIfAbsent((UUID) row.get("id"), k -> new ArrayList<>()).add(row);
    }
    return List.copyOf(byUser.values());
  }

  private static StaffUser toUser(List<Map<String, Object>> rows) {
    var first = rows.getFirst();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    rows.stream()
        .map(r -> (String) r.get("role"))
        .filter(r -> r != null)
        .map(Role::valueOf)
        .forEach(roles::add);
    Set<OrganisationId> orgs =
        rows.stream()
            .map(r -> (String) r.get("organisation_id"))
            .filter(o -> o != null)
            .map(OrganisationId::of)
            .collect(Collectors.toSet());
    return new StaffUser(
        (UUID) first.get("id"),
        (String) first.get("username"),
        (String) first.get("display_name"),
        (String) first.get("email"),
        roles,
        orgs,
        (Boolean) first.get("enabled"),
        (Boolean) first.get("must_change_password"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
