package se.kansli.signing;

public enum OrderStatus {
  OPEN,
  COMPLETED,
  DECLINED,
  EXPIRED,
  CANCELLED
}
