package org.sathach.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {
  private final UtcInstantConverter converter = new UtcInstantConverter();

  @Test
  void keepsMicrosecondsInUtc() {
    Instant instant = Instant.parse("2026-11-27T01:02:03.123456Z");
    assertThat(converter.convertToDatabaseColumn(instant)).isEqualTo("2026-11-27 01:02:03.123456");
    assertThat(converter.convertToEntityAttribute("2026-11-27 01:02:03.123456")).isEqualTo(instant);
  }

  @Test
  void readsWhatEitherDatabasePrints() {
    assertThat(converter.convertToEntityAttribute("2026-11-27 01:02:03"))
        .isEqualTo(Instant.parse("2026-11-27T01:02:03Z"));
    assertThat(converter.convertToEntityAttribute("2026-11-27 01:02:03.5"))
        .isEqualTo(Instant.parse("2026-11-27T01:02:03.500Z"));
    assertThat(converter.convertToEntityAttribute("2026-11-27 01:02:03.123456000"))
        .isEqualTo(Instant.parse("2026-11-27T01:02:03.123456Z"));
  }

  @Test
  void readsTheDriversOwnTypes() {
    Instant instant = Instant.parse("2026-11-27T01:02:03.123456Z");
    assertThat(
            converter.convertToEntityAttribute(
                java.time.LocalDateTime.of(2026, 11, 27, 1, 2, 3, 123_456_000)))
        .isEqualTo(instant);
    assertThat(
            converter.convertToEntityAttribute(
                java.sql.Timestamp.valueOf("2026-11-27 01:02:03.123456")))
        .isEqualTo(instant);
  }

  @Test
  void nullStaysNull() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
