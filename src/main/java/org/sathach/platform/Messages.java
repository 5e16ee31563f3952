package org.sathach.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up texts in the {@code messages} bundle of the current view's language. */
public final class Messages {
  public static final String BUNDLE = "org.sathach.messages";

  private Messages() {}

  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale(faces));
    try {
      String pattern = bundle.getString(key);
      return args.length == 0
          ? pattern
          : new MessageFormat(pattern, bundle.getLocale()).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /**
   * The user's language: the view's locale is still the browser's while a page loads (an
   * f:viewAction runs before the template's f:view sets it), so ask the session's choice.
   */
  private static java.util.Locale locale(FacesContext faces) {
    try {
      return jakarta.enterprise.inject.spi.CDI.current().select(Language.class).get().getLocale();
    } catch (RuntimeException noSession) {
      return faces.getViewRoot().getLocale();
    }
  }

  /** A message whose text is already translated, next to one field. */
  public static void errorTextFor(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, null, key, args);
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, null, key, args);
  }

  public static void errorFor(String clientId, String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, clientId, key, args);
  }

  private static void add(
      FacesMessage.Severity severity, String clientId, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
