package org.sathach.audit;

/** The first place where the audit chain does not hold, and why. */
public record BrokenLink(long seq, Kind kind, String description) {
  public enum Kind {
    /** A row's content was changed after it was written. */
    ALTERED,
    /** A row is missing (deleted) at this place. */
    MISSING,
    /** Rows appear out of their written order. */
    OUT_OF_ORDER,
    /** A row does not point at its predecessor's hash (reordered or replaced). */
    LINK_MISMATCH
  }
}
