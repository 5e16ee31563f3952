package org.sathach.delivery;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.sathach.platform.Messages;

/**
 * A delivery refusal as an HTTP response: 409 for the attempt's state (late, submitted), 404 for
 * what the caller may not see, 400 otherwise; the body names the reason's key and says it in the
 * caller's language, so the page can show it as it is.
 */
final class Refusals {
  /** Looked up once: {@code JSON.create…} searches the class path for a provider each call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private Refusals() {}

  static Response response(DeliveryProblem problem, Locale locale) {
    return Response.status(status(problem)).entity(body(problem, locale)).build();
  }

  /** The HTTP status of a refusal. */
  static int status(DeliveryProblem problem) {
    if (problem.isConflict()) {
      return 409;
    }
    return "attempt.notFound".equals(problem.messageKey()) ? 404 : 400;
  }

  /** {@code {"error": key, "reason": the reason in the caller's language}}. */
  static JsonObject body(DeliveryProblem problem, Locale locale) {
    String text;
    try {
      text =
          new MessageFormat(
                  ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(problem.messageKey()),
                  locale)
              .format(problem.args());
    } catch (MissingResourceException e) {
      text = problem.messageKey();
    }
    return JSON.createObjectBuilder()
        .add("error", problem.messageKey())
        .add("reason", text)
        .build();
  }
}
