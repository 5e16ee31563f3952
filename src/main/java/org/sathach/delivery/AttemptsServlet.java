package org.sathach.delivery;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sathach.identity.Role;
import org.sathach.identity.SecurityConfiguration.SessionLogin;
import org.sathach.platform.Language;

/**
 * {@code /api/attempts/{id}/…}: the small endpoints the exam page talks to between Faces requests.
 * One idempotent {@code PUT answers/{position}} per answer; {@code GET clock}; {@code POST start},
 * {@code submit} and {@code events}. A refusal answers with its status (409 for a late or submitted
 * attempt, 404 for someone else's) and a reason the page can show in the candidate's language.
 *
 * <p>A plain servlet rather than a JAX-RS resource: a full room sends a thousand autosaves a
 * second, and the resource's per-request machinery cost more than the save itself. For the same
 * reason the caller comes from the session ({@link SessionLogin}) and is not handed to the
 * container as a login on each request (see {@code SecurityConfiguration}).
 */
@WebServlet(urlPatterns = "/api/attempts/*")
public class AttemptsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Found once: {@code Json.create…} looks the provider up on the class path at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/(answers/(\\d{1,9})|[a-z]+)");

  @Inject transient Attempts attempts;
  @Inject transient Language language;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
    if (!path.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    SessionLogin caller = SessionLogin.of(request);
    // Nobody (an expired session) or not a candidate: 403, which the exam page answers by keeping
    // its queued answers and trying again; a 401 with a Basic challenge would open the browser's
    // own login box in the middle of the exam.
    if (caller == null || !caller.isIn(Role.CANDIDATE.name())) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    long id = Long.parseLong(path.group(1));
    String action = path.group(3) != null ? "answers" : path.group(2);
    String method = request.getMethod();
    try {
      switch (action + " " + method) {
        case "answers PUT" -> save(id, Integer.parseInt(path.group(3)), request, response);
        case "start POST" -> {
          attempts.start(id);
          clock(id, response);
        }
        case "clock GET" -> clock(id, response);
        case "submit POST" -> submit(id, request, response);
        case "events POST" -> event(id, request, response);
        default -> refuseMethod(action, response);
      }
    } catch (DeliveryProblem problem) {
      write(response, Refusals.status(problem), Refusals.body(problem, language.getLocale()));
    }
  }

  /**
   * Saves the answer at {@code position}. Body: {@code {"response": {...} or null, "flagged": bool,
   * "revision": n}}.
   */
  private void save(long id, int position, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String json;
    boolean flagged;
    long revision;
    try {
      JsonObject body = object(request);
      if (body == null || !body.containsKey("revision")) {
        throw DeliveryProblem.refused("answer.invalid");
      }
      JsonValue given = body.get("response");
      json =
          given == null || given.getValueType() == JsonValue.ValueType.NULL
              ? null
              : given.toString();
      flagged = body.getBoolean("flagged", false);
      revision = body.getJsonNumber("revision").longValue();
    } catch (ClassCastException | NullPointerException | JsonException malformed) {
      throw DeliveryProblem.refused("answer.invalid");
    }
    // Outside the catch above: a fault of the server's is a 500, which the page sends again, never
    // the 400 of a malformed answer, which it drops.
    Ack ack = attempts.save(id, position, json, flagged, revision);
    write(
        response,
        HttpServletResponse.SC_OK,
        JSON.createObjectBuilder()
            .add("position", ack.position())
            .add("revision", ack.revision())
            .add("savedAt", ack.savedAt().toString())
            .build());
  }

  private void clock(long id, HttpServletResponse response) throws IOException {
    AttemptClock clock = attempts.clock(id);
    response.setHeader("Cache-Control", "no-store");
    write(
        response,
        HttpServletResponse.SC_OK,
        JSON.createObjectBuilder()
            .add("now", clock.now().toEpochMilli())
            .add("deadline", clock.deadline() == null ? 0 : clock.deadline().toEpochMilli())
            .add("remaining", clock.remainingMillis())
            .add("status", clock.status().name())
            .build());
  }

  /** Body: {@code {"by": "CANDIDATE" | "DEADLINE"}}. */
  private void submit(long id, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonObject body;
    try {
      body = object(request);
    } catch (JsonException | ClassCastException malformed) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    SubmittedBy by =
        body != null && "DEADLINE".equals(body.getString("by", ""))
            ? SubmittedBy.DEADLINE
            : SubmittedBy.CANDIDATE;
    Attempt attempt = attempts.submit(id, by);
    write(
        response,
        HttpServletResponse.SC_OK,
        JSON.createObjectBuilder().add("status", attempt.getStatus().name()).build());
  }

  /** Body: {@code {"kind": "FOCUS_LOST" | "FOCUS_BACK" | "HIDDEN" | "VISIBLE"}}. */
  private void event(long id, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AttemptEvent.Kind kind;
    try {
      kind = AttemptEvent.Kind.valueOf(object(request).getString("kind"));
    } catch (IllegalArgumentException
        | NullPointerException
        | ClassCastException
        | JsonException bad) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    attempts.recordEvent(id, kind);
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  private static void refuseMethod(String action, HttpServletResponse response) throws IOException {
    String allowed =
        switch (action) {
          case "answers" -> "PUT";
          case "clock" -> "GET";
          case "start", "submit", "events" -> "POST";
          default -> null;
        };
    if (allowed == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else {
      response.setHeader("Allow", allowed);
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
  }

  /** The request's JSON object; null for an empty body. */
  private static JsonObject object(HttpServletRequest request) throws IOException {
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    StringWriter whole = new StringWriter();
    request.getReader().transferTo(whole);
    if (whole.toString().isBlank()) {
      return null;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(whole.toString()))) {
      return reader.readObject();
    }
  }

  private static void write(HttpServletResponse response, int status, JsonObject body)
      throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
