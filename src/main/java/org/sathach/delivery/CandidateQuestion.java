package org.sathach.delivery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sathach.bank.MatchPair;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;
import org.sathach.exam.PaperItem;

/**
 * A question as the candidate sees it: the stem and the choices, prompts or items in display order,
 * and nothing else. It is built without the key (no correct flags, no accepted answers, no
 * explanation, no marking guide), so no page or response built from it can carry one.
 *
 * @param choices single/multiple choice: the choice texts in display order
 * @param prompts matching: the left-hand prompts in display order
 * @param items matching: the answers to pick from; ordering: the items to order — both in display
 *     order, never the stored one
 */
public record CandidateQuestion(
    int position,
    QuestionType type,
    String stem,
    BigDecimal points,
    List<String> choices,
    List<String> prompts,
    List<String> items) {

  public CandidateQuestion {
    choices = List.copyOf(choices);
    prompts = List.copyOf(prompts);
    items = List.copyOf(items);
  }

  /** The question at {@code position} of a paper drawn with {@code seed}. */
  public static CandidateQuestion of(int position, PaperItem item, QuestionData q, long seed) {
    List<String> choices = new ArrayList<>();
    List<String> prompts = new ArrayList<>();
    List<String> items = new ArrayList<>();
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
        for (int stored : item.optionOrder()) {
          choices.add(q.choices().get(stored).text());
        }
      }
      case MATCHING -> {
        List<MatchPair> pairs = q.pairs();
        for (int stored : leftOrder(item, pairs.size())) {
          prompts.add(pairs.get(stored).left());
        }
        for (int stored : rightOrder(item, pairs, seed, position)) {
          items.add(pairs.get(stored).right());
        }
      }
      case ORDERING -> {
        for (int stored : orderingOrder(q.orderItems(), seed, position)) {
          items.add(q.orderItems().get(stored));
        }
      }
      default -> {
        // true/false, short answer and essay show the stem only
      }
    }
    return new CandidateQuestion(
        position, q.type(), q.stem(), item.points(), choices, prompts, items);
  }

  static List<Integer> leftOrder(PaperItem item, int size) {
    return item.optionOrder().size() == size ? item.optionOrder() : identity(size);
  }

  /**
   * The order the matching answers are shown in: never one that puts each prompt's answer text next
   * to it (texts compared, so two prompts sharing an answer cannot give the key away), unless every
   * answer text is the same.
   */
  static List<Integer> rightOrder(PaperItem item, List<MatchPair> pairs, long seed, int position) {
    List<Integer> left = leftOrder(item, pairs.size());
    List<String> key = left.stream().map(i -> pairs.get(i).right()).toList();
    List<Integer> order = DisplayOrder.scrambled(seed, position, pairs.size(), left);
    return awayFrom(order, key, i -> pairs.get(i).right());
  }

  /** The order ordering items are shown in: never the correct sequence of texts. */
  static List<Integer> orderingOrder(List<String> items, long seed, int position) {
    List<Integer> order =
        DisplayOrder.scrambled(seed, position, items.size(), identity(items.size()));
    return awayFrom(order, items, items::get);
  }

  /**
   * Rotates {@code order} until the texts it shows differ from {@code key}, if any rotation does.
   */
  private static List<Integer> awayFrom(
      List<Integer> order, List<String> key, java.util.function.IntFunction<String> text) {
    List<Integer> rotated = new ArrayList<>(order);
    for (int turn = 0; turn < rotated.size(); turn++) {
      if (!rotated.stream().map(text::apply).toList().equals(key)) {
        return rotated;
      }
      rotated.add(rotated.remove(0));
    }
    return order;
  }

  static List<Integer> identity(int size) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    return order;
  }

  /** Used by the page: how many choices, for the keyboard shortcuts. */
  public int choiceCount() {
    return choices.size();
  }
}
