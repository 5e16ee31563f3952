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
        for (int stored : rightOrder(item, pairs.size(), seed, position)) {
          items.add(pairs.get(stored).right());
        }
      }
      case ORDERING -> {
        for (int stored : orderingOrder(q.orderItems().size(), seed, position)) {
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

  static List<Integer> rightOrder(PaperItem item, int size, long seed, int position) {
    return DisplayOrder.scrambled(seed, position, size, leftOrder(item, size));
  }

  static List<Integer> orderingOrder(int size, long seed, int position) {
    return DisplayOrder.scrambled(seed, position, size, identity(size));
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
