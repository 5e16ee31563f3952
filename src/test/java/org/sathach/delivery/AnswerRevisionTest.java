package org.sathach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A page may resend its queue of saves in any order and as often as it likes: the revision decides
 * which save wins, a repeat changes nothing, a late one is ignored.
 */
class AnswerRevisionTest {
  private static final Instant T0 = Instant.parse("2026-12-01T01:10:00Z");
  private static final Instant T1 = T0.plusSeconds(5);
  private static final Instant T2 = T0.plusSeconds(9);

  private final Answer answer = new Answer(11L, 3, 501L);

  @Test
  void aNewAnswerIsUnansweredAndUnsaved() {
    assertThat(answer.isAnswered()).isFalse();
    assertThat(answer.getResponse()).isNull();
    assertThat(answer.getSavedAt()).isNull();
    assertThat(answer.getAttemptId()).isEqualTo(11L);
    assertThat(answer.getPosition()).isEqualTo(3);
    assertThat(answer.getVersionId()).isEqualTo(501L);
  }

  @Test
  void theFirstSaveIsTaken() {
    assertThat(answer.apply("{\"choice\":1}", false, 1_000L, T0)).isTrue();
    assertThat(answer.getResponse()).isEqualTo("{\"choice\":1}");
    assertThat(answer.getRevision()).isEqualTo(1_000L);
    assertThat(answer.getSavedAt()).isEqualTo(T0);
    assertThat(answer.isAnswered()).isTrue();
  }

  @Test
  void aSaveWithAHigherRevisionReplacesTheAnswer() {
    answer.apply("{\"choice\":1}", false, 1_000L, T0);
    assertThat(answer.apply("{\"choice\":2}", true, 1_001L, T1)).isTrue();
    assertThat(answer.getResponse()).isEqualTo("{\"choice\":2}");
    assertThat(answer.isFlagged()).isTrue();
    assertThat(answer.getRevision()).isEqualTo(1_001L);
    assertThat(answer.getSavedAt()).isEqualTo(T1);
  }

  @Test
  void aRepeatedRevisionIsAcknowledgedAndChangesNothing() {
    answer.apply("{\"choice\":1}", false, 1_000L, T0);
    assertThat(answer.apply("{\"choice\":1}", false, 1_000L, T1)).isTrue();
    assertThat(answer.getSavedAt()).isEqualTo(T0);
    assertThat(answer.getRevision()).isEqualTo(1_000L);
  }

  @Test
  void aRepeatedRevisionWithDifferentContentDoesNotOverwriteTheFirst() {
    answer.apply("{\"choice\":1}", false, 1_000L, T0);
    assertThat(answer.apply("{\"choice\":3}", true, 1_000L, T1)).isTrue();
    assertThat(answer.getResponse()).isEqualTo("{\"choice\":1}");
    assertThat(answer.isFlagged()).isFalse();
    assertThat(answer.getSavedAt()).isEqualTo(T0);
  }

  @Test
  void aSaveWithALowerRevisionIsStaleAndChangesNothing() {
    answer.apply("{\"choice\":2}", true, 1_001L, T1);
    assertThat(answer.apply("{\"choice\":1}", false, 1_000L, T2)).isFalse();
    assertThat(answer.getResponse()).isEqualTo("{\"choice\":2}");
    assertThat(answer.isFlagged()).isTrue();
    assertThat(answer.getRevision()).isEqualTo(1_001L);
    assertThat(answer.getSavedAt()).isEqualTo(T1);
  }

  @Test
  void savesArrivingOutOfOrderEndWithTheLatestRevision() {
    answer.apply("{\"choice\":3}", false, 1_003L, T0);
    answer.apply("{\"choice\":1}", false, 1_001L, T1);
    answer.apply("{\"choice\":2}", false, 1_002L, T2);
    assertThat(answer.getResponse()).isEqualTo("{\"choice\":3}");
    assertThat(answer.getRevision()).isEqualTo(1_003L);
    assertThat(answer.getSavedAt()).isEqualTo(T0);
  }

  @Test
  void clearingTheResponseCountsAsUnanswered() {
    answer.apply("{\"choice\":1}", false, 1_000L, T0);
    assertThat(answer.apply(null, false, 1_001L, T1)).isTrue();
    assertThat(answer.isAnswered()).isFalse();
    assertThat(answer.getResponse()).isNull();
    assertThat(answer.getRevision()).isEqualTo(1_001L);
    assertThat(answer.getSavedAt()).isEqualTo(T1);
  }

  @Test
  void aClearedAnswerCanStillBeFlaggedForReview() {
    assertThat(answer.apply(null, true, 1_000L, T0)).isTrue();
    assertThat(answer.isAnswered()).isFalse();
    assertThat(answer.isFlagged()).isTrue();
  }

  @Test
  void aStaleClearDoesNotEraseANewerAnswer() {
    answer.apply("{\"choice\":1}", false, 1_002L, T0);
    assertThat(answer.apply(null, false, 1_001L, T1)).isFalse();
    assertThat(answer.isAnswered()).isTrue();
    assertThat(answer.getResponse()).isEqualTo("{\"choice\":1}");
  }
}
