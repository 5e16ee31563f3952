package org.sathach.round;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one criterion and why, as a message key and its arguments so a page can say it in
 * the user's language. The keys and their arguments are listed in {@code package-info}.
 */
public record CriterionResult(
    Criterion criterion, boolean passed, String reasonKey, List<Object> args) {

  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(reasonKey, "reasonKey");
    args = List.copyOf(args);
  }

  static CriterionResult pass(Criterion criterion, String reasonKey, Object... args) {
    return new CriterionResult(criterion, true, reasonKey, List.of(args));
  }

  static CriterionResult fail(Criterion criterion, String reasonKey, Object... args) {
    return new CriterionResult(criterion, false, reasonKey, List.of(args));
  }
}
