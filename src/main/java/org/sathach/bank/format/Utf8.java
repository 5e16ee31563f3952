package org.sathach.bank.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a text file strictly as UTF-8: a byte sequence that is not UTF-8 (a file saved in
 * Windows-1258 or TCVN3, say) is refused instead of being turned into question marks.
 */
final class Utf8 {
  private Utf8() {}

  /** The file's text without a byte-order mark, or throws {@link NotUtf8} naming the offset. */
  static String read(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new NotUtf8(lineOfFirstBadByte(bytes));
    }
  }

  private static int lineOfFirstBadByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int line = 1;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
      if (bytes[i] < 0) {
        int len = (bytes[i] & 0xE0) == 0xC0 ? 2 : (bytes[i] & 0xF0) == 0xE0 ? 3 : 4;
        try {
          decoder.decode(ByteBuffer.wrap(bytes, i, Math.min(len, bytes.length - i)));
          i += len - 1;
        } catch (CharacterCodingException bad) {
          return line;
        }
      }
    }
    return line;
  }

  /** The file is not UTF-8; {@link #line} is where the first bad byte is. */
  static final class NotUtf8 extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;

    NotUtf8(int line) {
      super("not UTF-8 at line " + line);
      this.line = line;
    }
  }
}
