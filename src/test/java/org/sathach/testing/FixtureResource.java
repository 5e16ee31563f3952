package org.sathach.testing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sathach.exam.ExamFixtures;

/**
 * Test scaffolding over HTTP, added only to test deployments ({@code Deployments
 * .applicationWithFixtures()}): {@code POST /api/test-fixtures/open-session} builds an open session
 * with seated candidates, for tests that drive the application from outside (browser, HTTP).
 */
@Path("test-fixtures")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class FixtureResource {
  @Inject ExamFixtures fixtures;

  @POST
  @Path("open-session")
  public Response openSession(
      @QueryParam("candidates") @DefaultValue("2") int candidates,
      @QueryParam("minutes") @DefaultValue("30") int minutes,
      @QueryParam("linear") @DefaultValue("false") boolean linear,
      @QueryParam("admission") @DefaultValue("false") boolean admission) {
    ExamFixtures.OpenSession open = fixtures.openSession(candidates, minutes, linear, admission);
    JsonArrayBuilder seated = Json.createArrayBuilder();
    open.candidates()
        .forEach(
            c ->
                seated.add(
                    Json.createObjectBuilder()
                        .add("username", c.username())
                        .add("password", ExamFixtures.PASSWORD)
                        .add("seat", c.seatId())));
    return Response.ok(
            Json.createObjectBuilder()
                .add("session", open.sessionId())
                .add("part", open.partId())
                .add("code", open.accessCode())
                .add("candidates", seated)
                .build())
        .build();
  }
}
