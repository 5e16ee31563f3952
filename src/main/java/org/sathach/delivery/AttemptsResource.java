package org.sathach.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.sathach.platform.Language;

/**
 * {@code /api/attempts/{id}}: the small endpoints the exam page talks to between Faces requests.
 * One idempotent PUT per answer; the clock; submit; focus events. A refusal answers with its status
 * (409 for a late or submitted attempt, 404 for someone else's) and a reason the page can show in
 * the candidate's language.
 */
@Path("attempts/{id}")
@RequestScoped
@RolesAllowed("CANDIDATE")
@Produces(MediaType.APPLICATION_JSON)
public class AttemptsResource {
  /**
   * Found once: {@code JSON.createObjectBuilder()} and friends look the provider up on the class
   * path at every call, which under a room's autosaves queues the request threads on the class
   * loader.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject Attempts attempts;
  @Inject Language language;

  /**
   * Saves the answer at {@code position}. Body: {@code {"response": {...} or null, "flagged": bool,
   * "revision": n}}.
   */
  @PUT
  @Path("answers/{position}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response save(@PathParam("id") long id, @PathParam("position") int position, String text) {
    try {
      JsonObject body = object(text);
      if (body == null || !body.containsKey("revision")) {
        return refusal(DeliveryProblem.refused("answer.invalid"));
      }
      JsonValue response = body.get("response");
      String json =
          response == null || response.getValueType() == JsonValue.ValueType.NULL
              ? null
              : response.toString();
      Ack ack =
          attempts.save(
              id,
              position,
              json,
              body.getBoolean("flagged", false),
              body.getJsonNumber("revision").longValue());
      return Response.ok(
              JSON.createObjectBuilder()
                  .add("position", ack.position())
                  .add("revision", ack.revision())
                  .add("savedAt", ack.savedAt().toString())
                  .build())
          .build();
    } catch (DeliveryProblem problem) {
      return refusal(problem);
    } catch (ClassCastException | NullPointerException | JsonException malformed) {
      return refusal(DeliveryProblem.refused("answer.invalid"));
    }
  }

  /** The request's JSON object; null for an empty body. */
  private static JsonObject object(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  /** Starts a checked-in attempt; answers the clock. */
  @POST
  @Path("start")
  public Response start(@PathParam("id") long id) {
    try {
      attempts.start(id);
      return clock(id);
    } catch (DeliveryProblem problem) {
      return refusal(problem);
    }
  }

  @GET
  @Path("clock")
  public Response clock(@PathParam("id") long id) {
    try {
      AttemptClock clock = attempts.clock(id);
      return Response.ok(
              JSON.createObjectBuilder()
                  .add("now", clock.now().toEpochMilli())
                  .add("deadline", clock.deadline() == null ? 0 : clock.deadline().toEpochMilli())
                  .add("remaining", clock.remainingMillis())
                  .add("status", clock.status().name())
                  .build())
          .header("Cache-Control", "no-store")
          .build();
    } catch (DeliveryProblem problem) {
      return refusal(problem);
    }
  }

  /** Body: {@code {"by": "CANDIDATE" | "DEADLINE"}}. */
  @POST
  @Path("submit")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(@PathParam("id") long id, String text) {
    JsonObject body;
    try {
      body = object(text);
    } catch (JsonException | ClassCastException malformed) {
      return Response.status(Response.Status.BAD_REQUEST).build();
    }
    SubmittedBy by =
        body != null && "DEADLINE".equals(body.getString("by", ""))
            ? SubmittedBy.DEADLINE
            : SubmittedBy.CANDIDATE;
    try {
      Attempt attempt = attempts.submit(id, by);
      return Response.ok(
              JSON.createObjectBuilder().add("status", attempt.getStatus().name()).build())
          .build();
    } catch (DeliveryProblem problem) {
      return refusal(problem);
    }
  }

  /** Body: {@code {"kind": "FOCUS_LOST" | "FOCUS_BACK" | "HIDDEN" | "VISIBLE"}}. */
  @POST
  @Path("events")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response event(@PathParam("id") long id, String text) {
    try {
      attempts.recordEvent(id, AttemptEvent.Kind.valueOf(object(text).getString("kind")));
      return Response.noContent().build();
    } catch (DeliveryProblem problem) {
      return refusal(problem);
    } catch (IllegalArgumentException
        | NullPointerException
        | ClassCastException
        | JsonException bad) {
      return Response.status(Response.Status.BAD_REQUEST).build();
    }
  }

  private Response refusal(DeliveryProblem problem) {
    return Refusals.response(problem, language.getLocale());
  }
}
