package se.kansli.organisations;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;

/**
 * The signed-in staff user, whether by password or OpenID Connect. Roles and organisations always
 * come from Kansli's own records, never from the identity provider's claims.
 */
public final class StaffPrincipal implements UserDetails, OidcUser, Actors.ActorPrincipal {

  private final StaffUser user;
  private final String passwordHash;
  private final OidcIdToken idToken;
  private final boolean hasPassword;

  StaffPrincipal(StaffUser user, String passwordHash, OidcIdToken idToken) {
    this(user, passwordHash, idToken, passwordHash != null);
  }

  /**
   * @param hasPassword whether the user has a password at all; an OIDC sign-in carries no hash but
   *     the user may still have one
   */
  StaffPrincipal(StaffUser user, String passwordHash, OidcIdToken idToken, boolean hasPassword) {
    this.user = user;
    this.passwordHash = passwordHash;
    this.idToken = idToken;
    this.hasPassword = hasPassword;
  }

  public StaffUser user() {
    return user;
  }

  /**
   * Whether the user must replace a one-time password before doing anything else. The admin page
   * sets the flag on every new user, but someone who signs in only with OpenID Connect has no
   * password to replace and would otherwise be locked on the password page.
   */
  /** Whether the user can sign in with a password (and so change it); OIDC-only users cannot. */
  public boolean hasPassword() {
    return hasPassword;
  }

  public boolean mustChangePassword() {
    return hasPassword && user.mustChangePassword();
  }

  @Override
  public Actor actor() {
    return user.asActor();
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.username();
  }

  @Override
  public boolean isEnabled() {
    return user.enabled();
  }

  @Override
  public String getName() {
    return user.username();
  }

  @Override
  public Map<String, Object> getAttributes() {
    return idToken == null ? Map.of("sub", user.username()) : idToken.getClaims();
  }

  @Override
  public Map<String, Object> getClaims() {
    return getAttributes();
  }

  @Override
  public OidcUserInfo getUserInfo() {
    return null;
  }

  @Override
  public OidcIdToken getIdToken() {
    return idToken;
  }
}
