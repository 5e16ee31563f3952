package org.sathach.marking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.sathach.exam.DrawSequence;

/**
 * The order in which candidates present, drawn by lot (bốc thăm) from a recorded seed, so that
 * anyone holding the seed and the list of candidate numbers can draw it again and get the same
 * order.
 *
 * <p>The draw: the candidate numbers are sorted (so the order they were entered in does not
 * matter), then shuffled by Fisher–Yates from the last place down: for place i = n−1, …, 1 a number
 * j in [0, i] is drawn and the candidates at i and j swap. The random numbers follow the same
 * published rule as paper generation ({@link DrawSequence}): the k-th number (k = 0, 1, …) is the
 * first 8 bytes, big-endian, of SHA-256 over the seed then k, each as 8 big-endian bytes; a number
 * below a bound is the top 63 bits reduced modulo the bound, after throwing away values at or above
 * {@code (2^63 − 1) / bound × bound} so that no place is favoured.
 */
public record PresentationOrder(long seed, List<String> order) {

  public PresentationOrder {
    order = List.copyOf(order);
  }

  public static PresentationOrder draw(Collection<String> candidateNumbers, long seed) {
    List<String> order = new ArrayList<>(candidateNumbers);
    if (new HashSet<>(order).size() != order.size()) {
      throw new IllegalArgumentException("a candidate number appears twice");
    }
    Collections.sort(order);
    DrawSequence numbers = new DrawSequence(seed);
    for (int i = order.size() - 1; i > 0; i--) {
      Collections.swap(order, i, numbers.nextInt(i + 1));
    }
    return new PresentationOrder(seed, order);
  }

  /** The 1-based turn of a candidate. */
  public int turnOf(String candidateNumber) {
    int index = order.indexOf(candidateNumber);
    if (index < 0) {
      throw new IllegalArgumentException(candidateNumber + " is not in the draw");
    }
    return index + 1;
  }
}
