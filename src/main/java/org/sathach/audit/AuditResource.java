package org.sathach.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/audit/verify}: walks the chain and reports the first broken link (ADMIN). */
@Path("audit")
@RequestScoped
@RolesAllowed("ADMIN")
public class AuditResource {
  @Inject AuditTrail trail;

  @GET
  @Path("verify")
  @Produces(MediaType.APPLICATION_JSON)
  public Verification verify() {
    return trail.verify();
  }
}
