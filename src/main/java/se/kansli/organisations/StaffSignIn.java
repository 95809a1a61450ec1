package se.kansli.organisations;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Password sign-in for a local install: finds the user and their stored hash. */
@Service
class StaffSignIn implements UserDetailsService {

  private final StaffDirectory staff;

  StaffSignIn(StaffDirectory staff) {
    this.staff = staff;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    StaffDirectory.SignIn signIn =
        staff.forSignIn(username).orElseThrow(() -> new UsernameNotFoundException(username));
    if (signIn.passwordHash() == null) {
      throw new UsernameNotFoundException("User signs in with OpenID Connect only: " + username);
    }
    return new StaffPrincipal(signIn.user(), signIn.passwordHash(), null);
  }
}
