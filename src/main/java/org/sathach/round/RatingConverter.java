package org.sathach.round;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Converts a yearly rating for a select bound to a map entry ({@code ratings[2025]}), where Faces
 * cannot see the value type and would store the bare string.
 */
@FacesConverter("ratingConverter")
public class RatingConverter implements Converter<PerformanceRating> {
  @Override
  public PerformanceRating getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PerformanceRating.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, PerformanceRating value) {
    return value == null ? "" : value.name();
  }
}
