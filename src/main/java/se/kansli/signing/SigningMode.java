package se.kansli.signing;

/** Sequential: one signer at a time, in order (chair last, say). Parallel: all at once. */
public enum SigningMode {
  SEQUENTIAL,
  PARALLEL
}
