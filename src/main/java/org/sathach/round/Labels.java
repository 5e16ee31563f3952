package org.sathach.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.sathach.platform.Dates;
import org.sathach.platform.Messages;

/**
 * Says round values in the page's language: the eligibility checklist's reasons with their
 * arguments (levels, ratings, dates) translated and formatted, and the select lists of the forms.
 */
@Named("roundLabels")
@ApplicationScoped
public class Labels {
  @Inject Dates dates;

  /** The reason of a criterion's verdict, with enum arguments in words and dates as dd/MM/yyyy. */
  public String reason(CriterionResult result) {
    Object[] args = result.args().stream().map(this::argument).toArray();
    return Messages.text(result.reasonKey(), args);
  }

  public String criterion(CriterionResult result) {
    return Messages.text(result.criterion().messageKey());
  }

  private Object argument(Object arg) {
    if (arg instanceof PoliticalTheoryLevel v) {
      return Messages.text(v.messageKey());
    }
    if (arg instanceof StateManagementLevel v) {
      return Messages.text(v.messageKey());
    }
    if (arg instanceof Degree v) {
      return Messages.text(v.messageKey());
    }
    if (arg instanceof PerformanceRating v) {
      return Messages.text(v.messageKey());
    }
    if (arg instanceof LocalDate date) {
      return dates.formatDate(date);
    }
    if (arg instanceof Year year) {
      return Integer.toString(year.getValue());
    }
    return arg;
  }

  public List<PoliticalTheoryLevel> getTheoryLevels() {
    return List.of(PoliticalTheoryLevel.values());
  }

  public List<StateManagementLevel> getStateManagementLevels() {
    return List.of(StateManagementLevel.values());
  }

  public List<Degree> getDegrees() {
    return List.of(Degree.values());
  }

  public List<PerformanceRating> getRatings() {
    return List.of(PerformanceRating.values());
  }

  public List<Gender> getGenders() {
    return List.of(Gender.values());
  }

  public List<PostLevel> getPostLevels() {
    return List.of(PostLevel.values());
  }

  public List<RoundStatus> getRoundStatuses() {
    return List.of(RoundStatus.values());
  }
}
