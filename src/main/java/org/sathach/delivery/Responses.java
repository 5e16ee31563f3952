package org.sathach.delivery;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.sathach.bank.QuestionType;

/**
 * Checks a response a page sends before it is stored: JSON of the shape the question's type takes,
 * indices within the question's display positions, texts within their limits. A response that fails
 * is refused whole; nothing half-valid is kept.
 *
 * <ul>
 *   <li>single choice {@code {"choice": d}}; multiple response {@code {"choices": [d, ...]}}
 *   <li>true/false {@code {"value": true}}; short answer and essay {@code {"text": "..."}}
 *   <li>matching {@code {"pairs": [d or -1 per prompt]}}; ordering {@code {"order": [d, ...]}}
 * </ul>
 */
public final class Responses {
  /** Looked up once: {@code JSON.create…} searches the class path for a provider each call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  public static final int MAX_TEXT = 20_000;
  static final int MAX_SHORT = 500;

  private Responses() {}

  /**
   * @return the parsed response
   * @throws DeliveryProblem {@code answer.invalid} when it does not fit the question
   */
  public static JsonObject check(String json, CandidateQuestion q) {
    if (json == null || json.length() > MAX_TEXT * 2) {
      throw DeliveryProblem.refused("answer.invalid");
    }
    JsonObject response;
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      response = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw DeliveryProblem.refused("answer.invalid");
    }
    boolean fits =
        switch (q.type()) {
          case SINGLE_CHOICE -> index(response, "choice", q.choices().size());
          case MULTIPLE_RESPONSE -> distinctIndices(response, "choices", q.choices().size(), -1);
          case TRUE_FALSE -> isBoolean(response.get("value"));
          case SHORT_ANSWER -> text(response, MAX_SHORT);
          case ESSAY -> text(response, MAX_TEXT);
          case MATCHING -> pairs(response, q.prompts().size(), q.items().size());
          case ORDERING -> distinctIndices(response, "order", q.items().size(), q.items().size());
        };
    if (!fits) {
      throw DeliveryProblem.refused("answer.invalid");
    }
    return response;
  }

  private static boolean index(JsonObject o, String name, int size) {
    int i = exact(o.get(name));
    return i >= 0 && i < size;
  }

  /** The value as an int, or {@link Integer#MIN_VALUE} when it is not an integer that fits. */
  private static int exact(JsonValue value) {
    if (!(value instanceof jakarta.json.JsonNumber n) || !n.isIntegral()) {
      return Integer.MIN_VALUE;
    }
    try {
      return n.intValueExact();
    } catch (ArithmeticException tooLarge) {
      return Integer.MIN_VALUE;
    }
  }

  private static boolean distinctIndices(JsonObject o, String name, int size, int exactly) {
    if (!(o.get(name) instanceof JsonArray array) || (exactly >= 0 && array.size() != exactly)) {
      return false;
    }
    Set<Integer> seen = new HashSet<>();
    for (JsonValue v : array) {
      int i = exact(v);
      if (i < 0 || i >= size || !seen.add(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean pairs(JsonObject o, int prompts, int answers) {
    if (!(o.get("pairs") instanceof JsonArray array) || array.size() != prompts) {
      return false;
    }
    for (JsonValue v : array) {
      int i = exact(v);
      if (i < -1 || i >= answers) {
        return false;
      }
    }
    return true;
  }

  private static boolean text(JsonObject o, int max) {
    return o.get("text") instanceof jakarta.json.JsonString s && s.getString().length() <= max;
  }

  private static boolean isBoolean(JsonValue v) {
    return v == JsonValue.TRUE || v == JsonValue.FALSE;
  }

  /** Whether a type is marked by the computer at submit (an essay waits for the examiners). */
  public static boolean isAutoMarked(QuestionType type) {
    return type != QuestionType.ESSAY;
  }
}
