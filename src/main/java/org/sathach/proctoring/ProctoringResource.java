package org.sathach.proctoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.sathach.delivery.Attempt;
import org.sathach.delivery.Attempts;
import org.sathach.delivery.DeliveryProblem;
import org.sathach.exam.ExamProblem;

/**
 * The push and export endpoints of proctoring: {@code /api/proctoring/sessions/{id}/board} streams
 * a session's board (Server-Sent Events) to its proctors and the committee; {@code
 * /api/proctoring/control/{attempt}} streams an attempt's control state to its candidate; {@code
 * /api/proctoring/sessions/{id}/export} gives every attempt's answers and the seal, for anyone to
 * recompute it.
 */
@Path("proctoring")
@RequestScoped
public class ProctoringResource {
  @Inject Proctoring proctoring;
  @Inject BoardHub hub;
  @Inject Attempts attempts;
  @Inject SessionExport export;

  @GET
  @Path("sessions/{id}/board")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RolesAllowed({"PROCTOR", "COMMITTEE"})
  public void board(@PathParam("id") long id, @Context SseEventSink sink, @Context Sse sse) {
    try {
      proctoring.readable(id);
    } catch (ProctoringProblem | ExamProblem notYours) {
      sink.close();
      return;
    }
    hub.watchBoard(id, sink, sse);
  }

  @GET
  @Path("control/{attempt}")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RolesAllowed("CANDIDATE")
  public void control(
      @PathParam("attempt") long attemptId, @Context SseEventSink sink, @Context Sse sse) {
    Attempt attempt;
    try {
      attempt = attempts.view(attemptId);
    } catch (DeliveryProblem notYours) {
      sink.close();
      return;
    }
    hub.watchAttempt(attempt.getSessionId(), attemptId, sink, sse);
  }

  @GET
  @Path("sessions/{id}/export")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"PROCTOR", "COMMITTEE"})
  public Response export(@PathParam("id") long id) {
    try {
      return Response.ok(export.of(id))
          .header("Content-Disposition", "attachment; filename=\"session-" + id + ".json\"")
          .build();
    } catch (ProctoringProblem | ExamProblem notYours) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
  }
}
