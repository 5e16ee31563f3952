package org.sathach.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a UTC {@code DATETIME(6)}. EclipseLink 4.0 would otherwise
 * serialize an Instant as bytes; UTC keeps the value independent of the server's time zone.
 */
@Converter
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {
  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime stored) {
    return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
  }
}
