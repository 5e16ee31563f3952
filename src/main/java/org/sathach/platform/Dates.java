package org.sathach.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shows instants in the platform's time zone ({@code sathach.timezone}, default Vietnam's), the way
 * Vietnamese offices write them: {@code dd/MM/yyyy HH:mm}.
 */
@Named
@ApplicationScoped
public class Dates {
  private DateTimeFormatter minutes;
  private DateTimeFormatter seconds;
  private DateTimeFormatter days;
  private ZoneId zone;

  protected Dates() {}

  @Inject
  Dates(@ConfigProperty(name = "sathach.timezone", defaultValue = "Asia/Ho_Chi_Minh") String zone) {
    ZoneId zoneId = ZoneId.of(zone);
    this.zone = zoneId;
    this.days = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    this.minutes = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(zoneId);
    this.seconds = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(zoneId);
  }

  public String format(Instant instant) {
    return instant == null ? "" : minutes.format(instant);
  }

  public String formatSeconds(Instant instant) {
    return instant == null ? "" : seconds.format(instant);
  }

  public String formatDate(java.time.LocalDate date) {
    return date == null ? "" : days.format(date);
  }

  /** The platform's time zone, in which people type and read times. */
  public ZoneId zone() {
    return zone;
  }

  /** An instant as the wall-clock time people type it in, for date-time pickers. */
  public java.time.LocalDateTime toLocal(Instant instant) {
    return instant == null ? null : java.time.LocalDateTime.ofInstant(instant, zone);
  }

  /** A typed wall-clock time as an instant. */
  public Instant toInstant(java.time.LocalDateTime local) {
    return local == null ? null : local.atZone(zone).toInstant();
  }
}
