package org.sathach.bank;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Cleans every rich text that enters the bank (stems, options, explanations, guides) with OWASP's
 * HTML sanitizer: formatting, lists, tables and images stay; scripts, event handlers, styles that
 * run code, frames and forms do not.
 */
public final class HtmlSanitizer {
  /** Web images, or images embedded in the question itself; never a script in disguise. */
  private static final Pattern IMAGE_SOURCE =
      Pattern.compile("^(https?://\\S+|data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]+)$");

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.LINKS)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("img", "br", "hr", "sub", "sup", "ul", "ol", "li", "pre", "code")
                  .allowUrlProtocols("https", "http", "data")
                  .allowAttributes("alt", "width", "height")
                  .onElements("img")
                  .allowAttributes("src")
                  .matching(IMAGE_SOURCE)
                  .onElements("img")
                  .toFactory());

  private HtmlSanitizer() {}

  public static String sanitize(String html) {
    return html == null ? null : POLICY.sanitize(html);
  }
}
