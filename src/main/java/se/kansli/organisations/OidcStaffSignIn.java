package se.kansli.organisations;

import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * OpenID Connect sign-in for real deployments. The identity provider proves who the person is; the
 * person must already exist in Kansli (matched on username, then e-mail), which decides their roles
 * and organisations. Unknown people are refused rather than created.
 */
@Service
public class OidcStaffSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

  /** The error code of a refusal, so the login page can say why instead of "wrong password". */
  public static final String UNKNOWN_USER = "unknown_user";

  private final OidcUserService delegate = new OidcUserService();
  private final StaffDirectory staff;

  OidcStaffSignIn(StaffDirectory staff) {
    this.staff = staff;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser oidc = delegate.loadUser(request);
    var user =
        staff
            .findByUsername(firstNonBlank(oidc.getPreferredUsername(), oidc.getSubject()))
            .or(() -> byEmail(oidc))
            .filter(StaffUser::enabled)
            .orElseThrow(() ->
                new OAuth2AuthenticationException(
                    new OAuth2Error(UNKNOWN_USER, "Användaren finns inte i Kansli.", null)));
    boolean hasPassword = staff.passwordHash(user.id()).orElse(null) != null;
    return new StaffPrincipal(user, null, oidc.getIdToken(), hasPassword);
  }

  /**
   * The e-mail address only identifies someone if the provider vouches for it: a provider that says
   * {@code email_verified: false} lets people type any address, and matching on it would let them
   * sign in as whoever owns that address in Kansli. Providers that do not send the claim at all
   * (several do not) are trusted, since the deployment chose the issuer.
   */
  private Optional<StaffUser> byEmail(OidcUser oidc) {
    String email = oidc.getEmail();
    if (email == null || email.isBlank() || Boolean.FALSE.equals(oidc.getEmailVerified())) {
      return Optional.empty();
    }
    return staff.findByEmail(email);
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
