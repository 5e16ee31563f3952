package org.sathach.round;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.sathach.platform.Hashes;

/**
 * An uploaded file that passed the checks: not empty, within the size limit, and really a PDF, PNG
 * or JPEG by its first bytes (the browser's claimed type and the extension are not trusted). The
 * file name keeps only its last segment without control or quoting characters, with the extension
 * of the type found, so it is safe in a download header and says what it is.
 */
public record CheckedDocument(String fileName, String contentType, byte[] content, String sha256) {
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  public CheckedDocument {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(sha256, "sha256");
  }

  /**
   * @throws RoundProblem {@code document.empty}, {@code document.tooLarge} (with the limit in MB)
   *     or {@code document.type}
   */
  public static CheckedDocument check(String fileName, byte[] content, long maxBytes) {
    if (content == null || content.length == 0) {
      throw new RoundProblem("document.empty");
    }
    if (content.length > maxBytes) {
      throw new RoundProblem("document.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
    }
    String type;
    String extension;
    if (startsWith(content, PDF)) {
      type = "application/pdf";
      extension = ".pdf";
    } else if (startsWith(content, PNG)) {
      type = "image/png";
      extension = ".png";
    } else if (startsWith(content, JPEG)) {
      type = "image/jpeg";
      extension = ".jpg";
    } else {
      throw new RoundProblem("document.type");
    }
    return new CheckedDocument(
        safeName(fileName, extension), type, content, Hashes.sha256(content));
  }

  static String safeName(String fileName, String extension) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"';<>:*?|%]", "").strip();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    stem = stem.replaceAll("^[.\\s]+", "");
    if (stem.isEmpty()) {
      stem = "document";
    }
    if (stem.length() > 150) {
      stem = stem.substring(0, 150);
    }
    return stem + extension;
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
