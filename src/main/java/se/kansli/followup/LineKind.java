package se.kansli.followup;

/** Budget line kind: the committee's revenue (the municipalities' fees) or its costs. */
public enum LineKind {
  REVENUE,
  COST
}
