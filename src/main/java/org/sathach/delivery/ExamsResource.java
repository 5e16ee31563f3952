package org.sathach.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sathach.platform.Language;

/**
 * {@code /api/exams}: the candidate's seats and check-in, for clients other than the pages (a
 * kiosk, the load benchmark). The same rules as the pages apply; no content is ever listed here.
 */
@Path("exams")
@RequestScoped
@RolesAllowed("CANDIDATE")
@Produces(MediaType.APPLICATION_JSON)
public class ExamsResource {
  /** Looked up once: {@code JSON.create…} searches the class path for a provider each call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject Attempts attempts;
  @Inject Language language;

  @GET
  public Response mine() {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (MyExam exam : attempts.mine()) {
      JsonObjectBuilder one =
          JSON.createObjectBuilder()
              .add("seat", exam.seat().getId())
              .add("session", exam.seat().getSession().getName())
              .add("startsAt", exam.seat().getSession().getStartsAt().toString())
              .add("candidateNumber", exam.seat().getCandidateNumber());
      if (exam.attempt() != null) {
        one.add("attempt", exam.attempt().getId()).add("status", exam.attempt().getStatus().name());
      }
      list.add(one);
    }
    return Response.ok(list.build()).header("Cache-Control", "no-store").build();
  }

  /** Body: {@code {"code": "..."}}; answers {@code {"attempt": id, "status": ...}}. */
  @POST
  @Path("{seat}/check-in")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response checkIn(@PathParam("seat") long seat, JsonObject body) {
    try {
      Attempt attempt = attempts.checkIn(seat, body == null ? null : body.getString("code", null));
      return Response.ok(
              JSON.createObjectBuilder()
                  .add("attempt", attempt.getId())
                  .add("status", attempt.getStatus().name())
                  .build())
          .build();
    } catch (DeliveryProblem problem) {
      return Refusals.response(problem, language.getLocale());
    } catch (org.sathach.exam.ExamProblem notFound) {
      return Refusals.response(DeliveryProblem.notFound(), language.getLocale());
    }
  }
}
