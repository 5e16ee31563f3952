package org.sathach.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The site root: sends each user to the home page of their role, or to the login page. */
@Named
@RequestScoped
public class Home {
  @Inject CurrentUser currentUser;

  public void redirect() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + currentUser.homePage());
  }
}
