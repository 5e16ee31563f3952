package org.sathach.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sathach.marking.RegradeLine.Place;

class RegradeChangeTest {
  private static RegradeLine line(
      String candidate, String mark, String total, Integer rank, Place place) {
    return new RegradeLine(
        candidate,
        "Thí sinh " + candidate,
        mark == null ? null : new BigDecimal(mark),
        total == null ? null : new BigDecimal(total),
        rank != null,
        rank,
        place);
  }

  @Test
  void onlyCandidatesWithADifferentFigureAreListedByCandidateNumber() {
    List<RegradeLine> before =
        List.of(
            line("TS03", "75.00", "80.00", 2, null),
            line("TS01", "100.00", "86.67", 1, Place.APPOINTEE),
            line("TS04", "75.00", "73.33", null, null),
            line("TS02", "25.00", "65.00", null, null));
    List<RegradeLine> after =
        List.of(
            line("TS01", "75.00", "78.33", 2, null),
            line("TS02", "50.00", "73.33", 3, null),
            line("TS03", "75.0", "80.000", 1, Place.APPOINTEE),
            line("TS04", "75", "73.33", null, null));
    List<RegradeChange> changes = RegradeChange.between(before, after);
    assertThat(changes)
        .extracting(RegradeChange::candidate)
        .containsExactly("TS01", "TS02", "TS03");
    assertThat(changes.get(1).passChanged()).isTrue();
    assertThat(changes.get(0).summary())
        .isEqualTo(
            "TS01: part 100.00->75.00 total 86.67->78.33 rank 1->2 passed true->true"
                + " place APPOINTEE->-");
  }

  @Test
  void aChangeOfShortlistPlaceAloneIsListed() {
    List<RegradeChange> changes =
        RegradeChange.between(
            List.of(line("TS01", "80.00", "80.00", 2, Place.RESERVE)),
            List.of(line("TS01", "80.00", "80.00", 2, null)));
    assertThat(changes).hasSize(1);
  }

  @Test
  void aRegradeNeverChangesWhoTheCandidatesAre() {
    assertThatThrownBy(
            () ->
                RegradeChange.between(
                    List.of(line("TS01", "80", "80", 1, null)),
                    List.of(line("TS02", "80", "80", 1, null))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
