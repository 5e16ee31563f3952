package org.sathach.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperCodecTest {
  @Test
  void aPaperSurvivesTheRoundTripWithOrderPointsAndOptionOrder() {
    Paper paper =
        new Paper(
            List.of(
                new PaperItem(42, new BigDecimal("2.50"), List.of(3, 0, 2, 1)),
                new PaperItem(7, BigDecimal.ONE, List.of()),
                new PaperItem(19, new BigDecimal("4"), List.of(0, 1))));
    String text = PaperCodec.encode(paper);
    assertThat(text).isEqualTo("42:2.50:3,0,2,1;7:1:;19:4:0,1");
    assertThat(PaperCodec.decode(text)).isEqualTo(paper);
  }

  @Test
  void anEmptyPaperIsAnEmptyText() {
    assertThat(PaperCodec.encode(new Paper(List.of()))).isEmpty();
    assertThat(PaperCodec.decode("").items()).isEmpty();
  }

  @Test
  void somethingThatIsNotAPaperIsRefused() {
    assertThatThrownBy(() -> PaperCodec.decode("42:1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaperCodec.decode("x:1:")).isInstanceOf(NumberFormatException.class);
  }
}
