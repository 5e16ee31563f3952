package org.sathach.ranking;

import java.util.Map;
import org.sathach.exam.PartKind;
import org.sathach.marking.PartMark;

/** A candidate's part marks for one post, by part; {@code candidate} is the candidate number. */
public record CandidateMarks(String candidate, Map<PartKind, PartMark> marks) {
  public CandidateMarks {
    if (candidate == null || candidate.isBlank()) {
      throw new IllegalArgumentException("marks belong to a candidate");
    }
    marks = Map.copyOf(marks);
    marks.forEach(
        (kind, mark) -> {
          if (mark.kind() != kind) {
            throw new IllegalArgumentException("a " + mark.kind() + " mark filed as " + kind);
          }
        });
  }
}
