package org.sathach.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Stores every {@link Instant} as UTC in a {@code DATETIME(6)} column, to the microsecond, on H2
 * and on MySQL/MariaDB alike.
 *
 * <p>The value is written as text ({@code 2026-11-27 08:00:00.123456}), which both databases parse
 * into the column. Two traps make this necessary: EclipseLink 4.0 would serialize an Instant as
 * bytes, and Connector/J drops fractions of a second from bound date-time values when it talks to
 * MariaDB 10 (which announces itself as "5.5.5-10.x", older than MySQL 5.6.4). Deadlines and the
 * audit chain need the fractions.
 */
@Converter
public class UtcInstantConverter implements AttributeConverter<Instant, Object> {
  private static final DateTimeFormatter COLUMN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

  @Override
  public Object convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : COLUMN.format(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Object stored) {
    // Drivers differ in what they return for the column: Connector/J a LocalDateTime, H2 a
    // Timestamp, and a text value if the provider hands back what was bound.
    if (stored == null) {
      return null;
    }
    if (stored instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    if (stored instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    return LocalDateTime.parse(stored.toString().trim().replace(' ', 'T'))
        .toInstant(ZoneOffset.UTC);
  }
}
