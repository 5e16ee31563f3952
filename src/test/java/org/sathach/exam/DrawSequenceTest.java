package org.sathach.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DrawSequenceTest {

  @Test
  void numbersFollowTheDocumentedSha256Rule() {
    // Values computed outside Java (Python hashlib) from the rule in DrawSequence's Javadoc.
    assertThat(new DrawSequence(0).nextLong()).isEqualTo(0x374708fff7719dd5L);
    DrawSequence draw = new DrawSequence(42);
    assertThat(draw.nextLong()).isEqualTo(-4657122493506184043L);
    assertThat(draw.nextLong()).isEqualTo(362040032084776300L);
  }

  @Test
  void boundedNumbersStayInRangeAndReachEveryValue() {
    DrawSequence draw = new DrawSequence(1);
    int[] seen = new int[7];
    for (int i = 0; i < 7000; i++) {
      seen[draw.nextInt(7)]++;
    }
    assertThat(IntStream.of(seen).min().orElseThrow()).isGreaterThan(800);
    assertThat(IntStream.of(seen).max().orElseThrow()).isLessThan(1200);
  }
}
