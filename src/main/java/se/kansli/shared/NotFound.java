package se.kansli.shared;

/**
 * The thing does not exist, or the current user may not see it. The two are deliberately the same
 * answer so that another municipality's data cannot even be probed for.
 */
public class NotFound extends RuntimeException {

  public NotFound(String message) {
    super(message);
  }
}
