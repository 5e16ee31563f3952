package org.sathach.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expected orders were drawn independently of this code, by a short script following the rule
 * in {@link PresentationOrder}'s Javadoc (Python's hashlib and struct), as a verifier would.
 */
class PresentationOrderTest {
  private static final List<String> SIX =
      List.of("TS-001", "TS-002", "TS-003", "TS-004", "TS-005", "TS-006");

  @Test
  void theDrawFollowsThePublishedRule() {
    assertThat(PresentationOrder.draw(SIX, 20_261_201L).order())
        .containsExactly("TS-006", "TS-003", "TS-002", "TS-005", "TS-004", "TS-001");
    assertThat(PresentationOrder.draw(SIX, 20_261_202L).order())
        .containsExactly("TS-004", "TS-003", "TS-002", "TS-006", "TS-005", "TS-001");
    assertThat(PresentationOrder.draw(SIX, -7L).order())
        .containsExactly("TS-005", "TS-006", "TS-002", "TS-001", "TS-004", "TS-003");
  }

  @Test
  void theOrderTheCandidatesWereEnteredInDoesNotMatter() {
    List<String> entered = List.of("TS-004", "TS-001", "TS-006", "TS-003", "TS-005", "TS-002");
    assertThat(PresentationOrder.draw(entered, 20_261_201L))
        .isEqualTo(PresentationOrder.draw(SIX, 20_261_201L));
  }

  @Test
  void theDrawIsAPermutationAndTellsEachTurn() {
    PresentationOrder order = PresentationOrder.draw(SIX, 20_261_201L);
    assertThat(order.order()).containsExactlyInAnyOrderElementsOf(SIX);
    assertThat(order.turnOf("TS-006")).isEqualTo(1);
    assertThat(order.turnOf("TS-001")).isEqualTo(6);
  }

  @Test
  void aSingleCandidateOrNoneIsDrawnAsIs() {
    assertThat(PresentationOrder.draw(List.of("TS-009"), 1L).order()).containsExactly("TS-009");
    assertThat(PresentationOrder.draw(List.of(), 1L).order()).isEmpty();
  }

  @Test
  void aCandidateNumberTwiceIsRefused() {
    assertThatThrownBy(() -> PresentationOrder.draw(List.of("TS-001", "TS-001"), 1L))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
