package org.sathach.delivery;

import java.util.List;
import java.util.Map;
import org.sathach.platform.Hashes;

/**
 * The fingerprint of one attempt's answers, recorded at submission, printed on the result slip and
 * recomputed by the session's seal: SHA-256 of one UTF-8 line {@code position:versionId:response}
 * per position of the paper, in order, each followed by a line feed; the response is the stored
 * JSON, empty when the position was not answered.
 */
public final class AnswersHash {
  private AnswersHash() {}

  /**
   * @param versionIds the question version at each position of the paper
   * @param responses the stored response by position; a missing position is unanswered
   */
  public static String of(List<Long> versionIds, Map<Integer, String> responses) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < versionIds.size(); i++) {
      text.append(i).append(':').append(versionIds.get(i)).append(':');
      text.append(responses.getOrDefault(i, "")).append('\n');
    }
    return Hashes.sha256(text.toString());
  }
}
