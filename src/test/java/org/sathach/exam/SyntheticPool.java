package org.sathach.exam;

import static org.sathach.bank.Difficulty.NHAN_BIET;
import static org.sathach.bank.Difficulty.THONG_HIEU;
import static org.sathach.bank.Difficulty.VAN_DUNG;
import static org.sathach.bank.Difficulty.VAN_DUNG_CAO;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sathach.bank.Difficulty;
import org.sathach.bank.QuestionType;

/** Blueprints and bank snapshots made up for tests, with no database behind them. */
final class SyntheticPool {
  private static final Difficulty[] LEVELS = {NHAN_BIET, THONG_HIEU, VAN_DUNG, VAN_DUNG_CAO};
  private static final QuestionType[] TYPES = {
    QuestionType.SINGLE_CHOICE,
    QuestionType.MULTIPLE_RESPONSE,
    QuestionType.TRUE_FALSE,
    QuestionType.ORDERING,
    QuestionType.MATCHING
  };
  private static final int[] OPTIONS = {4, 5, 2, 3, 4};

  private SyntheticPool() {}

  static BlueprintRow row(long topicId, String path, Difficulty level, int count, String points) {
    return new BlueprintRow(topicId, path, level, count, new BigDecimal(points));
  }

  static PoolQuestion question(long versionId, String path, Difficulty level) {
    return new PoolQuestion(versionId, path, level, QuestionType.SINGLE_CHOICE, 4);
  }

  /** n single-choice questions in one cell, version ids from {@code firstId}. */
  static List<PoolQuestion> questions(int n, long firstId, String path, Difficulty level) {
    List<PoolQuestion> questions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      questions.add(question(firstId + i, path, level));
    }
    return questions;
  }

  /**
   * The 60-question theory blueprint: three topics under the theory root, each 8 + 6 + 4 + 2
   * questions from nhận biết up to vận dụng cao.
   */
  static Blueprint theoryBlueprint() {
    List<BlueprintRow> rows = new ArrayList<>();
    int[] counts = {8, 6, 4, 2};
    String[] points = {"1.50", "1.50", "2.00", "2.50"};
    for (long topic = 10; topic <= 12; topic++) {
      for (int d = 0; d < LEVELS.length; d++) {
        rows.add(row(topic, "/1/" + topic + "/", LEVELS[d], counts[d], points[d]));
      }
    }
    return new Blueprint(rows);
  }

  /**
   * 200 approved versions of mixed types: 66 per blueprint topic (26 + 20 + 12 + 8 by level, spread
   * over subtopics) and 2 in a topic the blueprint does not use. Ids are not contiguous.
   */
  static List<PoolQuestion> theoryPool() {
    List<PoolQuestion> pool = new ArrayList<>();
    int[] perLevel = {26, 20, 12, 8};
    long id = 5000;
    for (long topic = 10; topic <= 12; topic++) {
      for (int d = 0; d < LEVELS.length; d++) {
        for (int i = 0; i < perLevel[d]; i++) {
          String path =
              i % 2 == 0 ? "/1/" + topic + "/" : "/1/" + topic + "/" + (100 + i % 3) + "/";
          int t = pool.size() % TYPES.length;
          pool.add(new PoolQuestion(id, path, LEVELS[d], TYPES[t], OPTIONS[t]));
          id += 7;
        }
      }
    }
    pool.add(new PoolQuestion(id, "/1/13/", NHAN_BIET, QuestionType.SINGLE_CHOICE, 4));
    pool.add(new PoolQuestion(id + 7, "/2/20/", NHAN_BIET, QuestionType.ESSAY, 0));
    return pool;
  }
}
