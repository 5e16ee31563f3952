package org.sathach.marking;

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
 * Test scaffolding over HTTP, added only to the marking tests' deployment: {@code POST
 * /api/marking-fixtures/examiners?count=3} creates examiners with known passwords.
 */
@Path("marking-fixtures")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class MarkingFixtureResource {
  @Inject MarkingFixtures fixtures;

  @POST
  @Path("examiners")
  public Response examiners(@QueryParam("count") @DefaultValue("3") int count) {
    JsonArrayBuilder created = Json.createArrayBuilder();
    fixtures
        .examiners(count)
        .forEach(
            e ->
                created.add(
                    Json.createObjectBuilder()
                        .add("username", e.username())
                        .add("fullName", e.fullName())
                        .add("password", ExamFixtures.PASSWORD)));
    return Response.ok(created.build()).build();
  }
}
