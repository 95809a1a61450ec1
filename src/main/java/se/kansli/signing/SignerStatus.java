package se.kansli.signing;

public enum SignerStatus {
  WAITING,
  NOTIFIED,
  SIGNED,
  DECLINED
}
