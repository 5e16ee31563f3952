package org.sathach.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The appeal period: the day of publication is day 0 and appeals are accepted until the end of day
 * {@code appealDays} in the platform's time zone, refused from the first instant of the next day.
 */
class AppealWindowTest {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(VIETNAM).toInstant();
  }

  /** Results published on 10/03/2026 at 14:00, Vietnam time, with the default 15 days. */
  private final AppealWindow window = new AppealWindow(local("2026-03-10T14:00"), 15, VIETNAM);

  @Test
  void dayFifteenIsTheLastDayInclusive() {
    assertEquals(LocalDate.of(2026, 3, 25), window.lastDay());
    assertEquals(local("2026-03-26T00:00"), window.closesAt());
    // A movable clock: the same window read at the moments around its edges.
    Clock clock = Clock.fixed(local("2026-03-25T23:59:59"), VIETNAM);
    assertTrue(window.isOpenAt(clock.instant()));
    clock = Clock.offset(clock, Duration.ofMillis(999));
    assertTrue(window.isOpenAt(clock.instant()), "23:59:59.999 of day 15 is still in time");
    clock = Clock.offset(clock, Duration.ofMillis(1));
    assertFalse(window.isOpenAt(clock.instant()), "00:00 of day 16 is too late");
    assertFalse(window.isOpenAt(local("2026-03-26T14:00")), "day 16");
  }

  @Test
  void theWindowOpensAtPublication() {
    assertFalse(window.isOpenAt(local("2026-03-10T13:59:59")));
    assertTrue(window.isOpenAt(local("2026-03-10T14:00")));
    assertTrue(window.isOpenAt(local("2026-03-11T08:00")), "day 1");
  }

  @Test
  void daysAreCountedInThePlatformsZoneNotUtc() {
    // 00:30 on 11/03 in Vietnam is still 10/03 in UTC: day 0 is 11/03.
    AppealWindow late = new AppealWindow(local("2026-03-11T00:30"), 15, VIETNAM);
    assertEquals(LocalDate.of(2026, 3, 26), late.lastDay());
    assertTrue(late.isOpenAt(local("2026-03-26T23:00")));
  }

  @Test
  void aRoundWithZeroDaysAcceptsAppealsOnThePublicationDayOnly() {
    AppealWindow none = new AppealWindow(local("2026-03-10T14:00"), 0, VIETNAM);
    assertTrue(none.isOpenAt(local("2026-03-10T23:59")));
    assertFalse(none.isOpenAt(local("2026-03-11T00:00")));
    assertThrows(
        IllegalArgumentException.class, () -> new AppealWindow(Instant.EPOCH, -1, VIETNAM));
  }
}
