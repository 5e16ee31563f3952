package org.sathach.marking;

import java.math.BigDecimal;
import java.util.Objects;

/** One criterion of a round's presentation scoring sheet and the most points it can earn. */
public record PresentationCriterion(String name, BigDecimal maxPoints) {
  public PresentationCriterion {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a criterion has a name");
    }
    Objects.requireNonNull(maxPoints, "maxPoints");
    if (maxPoints.signum() <= 0) {
      throw new IllegalArgumentException("criterion " + name + " is worth more than 0 points");
    }
  }
}
