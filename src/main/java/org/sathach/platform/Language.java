package org.sathach.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages for this session: Vietnamese by default, English on request. A switch
 * fires {@link LanguageChosen} so that the user's preference can be remembered.
 */
@Named
@SessionScoped
public class Language implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

  @Inject transient Event<LanguageChosen> chosen;
  private Locale locale = VIETNAMESE;

  public Locale getLocale() {
    return locale;
  }

  public String getCode() {
    return locale.getLanguage();
  }

  /** Switches the session's language, e.g. from the header's language menu. */
  public void switchTo(String code) {
    apply(code);
    chosen.fire(new LanguageChosen(locale));
  }

  /** Sets the language without remembering it anew, e.g. from the user's stored preference. */
  public void apply(String code) {
    locale =
        SUPPORTED.stream().filter(l -> l.getLanguage().equals(code)).findFirst().orElse(VIETNAMESE);
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getViewRoot() != null) {
      faces.getViewRoot().setLocale(locale);
    }
  }

  /** The event of a user choosing a language. */
  public record LanguageChosen(Locale locale) {}
}
