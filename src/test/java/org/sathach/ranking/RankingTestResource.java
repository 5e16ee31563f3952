package org.sathach.ranking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.function.Supplier;
import org.sathach.marking.EssayScripts;
import org.sathach.marking.MarkingProblem;
import org.sathach.marking.ScriptMark;

/**
 * Test scaffolding over HTTP, added only to {@code RankingIT}'s deployment: the marking and
 * sign-off boundaries have no REST resource or page yet, and their rules depend on who calls, so
 * the test calls them through this resource with each user's HTTP Basic credentials. It does no
 * checking of its own: the boundaries decide, and a refusal comes back as 409 with its message key.
 */
@Path("test-ranking")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RankingTestResource {
  @Inject EssayScripts scripts;
  @Inject SignOffs signOffs;

  @GET
  @Path("my-work")
  public Response myWork() {
    return call(
        () -> {
          JsonArrayBuilder work = Json.createArrayBuilder();
          scripts.myWork().forEach(m -> work.add(mark(m)));
          return work.build();
        });
  }

  @GET
  @Path("marks/{id}")
  public Response mine(@PathParam("id") long id) {
    return call(() -> mark(scripts.mine(id)).build());
  }

  @POST
  @Path("marks/{id}")
  public Response mark(@PathParam("id") long id, @QueryParam("points") String points) {
    return call(() -> mark(scripts.mark(id, new BigDecimal(points), "test")).build());
  }

  @POST
  @Path("scripts/{id}/appeal")
  public Response appeal(@PathParam("id") long id, @QueryParam("remarker") String remarker) {
    return call(() -> mark(scripts.reopenForAppeal(id, remarker)).build());
  }

  @POST
  @Path("posts/{post}/votes")
  public Response vote(
      @PathParam("post") long post,
      @QueryParam("stance") String stance,
      @QueryParam("hash") String hash,
      @QueryParam("comment") String comment) {
    return call(
        () -> {
          SignOffs.Standing s = signOffs.vote(post, Vote.Stance.valueOf(stance), comment, hash);
          return Json.createObjectBuilder()
              .add("state", s.state().getStatus().name())
              .add("cycle", s.state().getCycle())
              .add("count", s.count().status().name())
              .add("voters", s.count().voters())
              .add("needed", s.count().needed())
              .add("approvals", s.count().approvals())
              .build();
        });
  }

  @POST
  @Path("conflicts/{application}")
  public Response declareConflict(
      @PathParam("application") long application, @QueryParam("note") String note) {
    return call(
        () -> {
          signOffs.declareConflict(application, note);
          return Json.createObjectBuilder().add("declared", application).build();
        });
  }

  @POST
  @Path("posts/{post}/tie")
  public Response decideTie(
      @PathParam("post") long post,
      @QueryParam("order") String order,
      @QueryParam("reason") String reason) {
    return call(
        () -> {
          signOffs.decideTie(post, Arrays.asList(order.split(",")), reason);
          return Json.createObjectBuilder().add("decided", order).build();
        });
  }

  @POST
  @Path("posts/{post}/reopen")
  public Response reopen(@PathParam("post") long post, @QueryParam("reason") String reason) {
    return call(
        () -> {
          signOffs.reopen(post, reason);
          return Json.createObjectBuilder().add("reopened", post).build();
        });
  }

  private static JsonObjectBuilder mark(ScriptMark m) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", m.getId())
            .add("role", m.getRole().name())
            .add("marker", m.getMarker())
            .add("code", m.getScript().getCode())
            .add("script", m.getScript().getId())
            .add("status", m.getScript().getStatus().name());
    if (m.getPoints() != null) {
      json.add("points", m.getPoints());
    }
    return json;
  }

  private static Response call(Supplier<jakarta.json.JsonValue> action) {
    try {
      return Response.ok(action.get()).build();
    } catch (MarkingProblem problem) {
      return refusal(problem.messageKey());
    } catch (RankingProblem problem) {
      return refusal(problem.messageKey());
    }
  }

  private static Response refusal(String key) {
    return Response.status(Response.Status.CONFLICT)
        .entity(Json.createObjectBuilder().add("error", key).build())
        .build();
  }
}
