package org.sathach.marking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The period in which a candidate may appeal, counted in calendar days of the platform's time zone
 * from the day the results were published. The day of publication is day 0; appeals are accepted
 * from the moment of publication until the end of day {@code days} (23:59:59.999… local time) and
 * refused from 00:00 of day {@code days + 1}. With the default 15 days, results published on 10/03
 * at 14:00 may be appealed until 25/03 at 23:59:59 and not on 26/03.
 */
public record AppealWindow(Instant publishedAt, int days, ZoneId zone) {

  public AppealWindow {
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(zone, "zone");
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
  }

  /** The last calendar day on which an appeal is accepted. */
  public LocalDate lastDay() {
    return publishedAt.atZone(zone).toLocalDate().plusDays(days);
  }

  /** The first instant at which appeals are refused (start of the day after {@link #lastDay}). */
  public Instant closesAt() {
    return lastDay().plusDays(1).atStartOfDay(zone).toInstant();
  }

  public boolean isOpenAt(Instant now) {
    return !now.isBefore(publishedAt) && now.isBefore(closesAt());
  }
}
