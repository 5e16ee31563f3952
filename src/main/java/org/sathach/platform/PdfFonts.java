package org.sathach.platform;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every PDF of the platform uses: DejaVu Sans, shipped in the WAR and embedded as
 * Identity-H, because the PDF standard fonts have no Vietnamese letters and a server may have no
 * fonts installed at all.
 */
public final class PdfFonts {
  private static final String FOLDER = "/org/sathach/platform/fonts/";
  private static final BaseFont REGULAR = load("DejaVuSans.ttf");
  private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

  private PdfFonts() {}

  public static Font regular(float size) {
    return new Font(REGULAR, size);
  }

  public static Font bold(float size) {
    return new Font(BOLD, size);
  }

  private static BaseFont load(String file) {
    try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the classpath: " + FOLDER + file);
      }
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + file, e);
    }
  }
}
