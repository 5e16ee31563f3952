package org.sathach.exam;

import java.util.List;
import java.util.Objects;

/**
 * What the candidate list posted on an exam room's door shows: which round, part and session the
 * room belongs to, when it starts and until when a late candidate is still let in, who proctors it,
 * and who sits there. All values are already formatted for the reader, so that the PDF does no date
 * or enum formatting of its own.
 *
 * <p>The sheet is posted in a corridor, so it never carries the room's access code or any exam
 * content: only what a candidate needs to find their seat and what a proctor needs to check them
 * in.
 */
public record SessionSheet(
    String roundName,
    String partName,
    String sessionName,
    String room,
    String startsAt,
    String window,
    String lateCutoff,
    List<String> proctors,
    List<Line> candidates) {

  public SessionSheet {
    Objects.requireNonNull(roundName, "roundName");
    Objects.requireNonNull(partName, "partName");
    Objects.requireNonNull(sessionName, "sessionName");
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(lateCutoff, "lateCutoff");
    proctors = List.copyOf(proctors);
    candidates = List.copyOf(candidates);
  }

  /** One candidate's row: what a proctor compares against the candidate's identity card. */
  public record Line(
      String candidateNumber, String fullName, String birthDate, String gender, String post) {

    public Line {
      Objects.requireNonNull(candidateNumber, "candidateNumber");
      Objects.requireNonNull(fullName, "fullName");
      Objects.requireNonNull(birthDate, "birthDate");
      Objects.requireNonNull(gender, "gender");
      Objects.requireNonNull(post, "post");
    }
  }
}
