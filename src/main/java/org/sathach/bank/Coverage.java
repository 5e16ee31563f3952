package org.sathach.bank;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The coverage view: approved questions per topic (its whole subtree) and difficulty, with thin
 * cells marked, so a blueprint author sees where the bank cannot yet feed a paper.
 */
@Named
@ViewScoped
public class Coverage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Questions questions;
  @Inject transient Topics topics;

  @Inject
  @ConfigProperty(name = "sathach.coverage.thin", defaultValue = "3")
  transient int thin;

  private List<Topic> rows;
  private Map<Long, Map<Difficulty, Long>> counts;

  @PostConstruct
  void init() {
    rows = topics.all();
    counts = questions.coverage();
  }

  public long count(Topic topic, Difficulty level) {
    return counts.getOrDefault(topic.getId(), Map.of()).getOrDefault(level, 0L);
  }

  public long total(Topic topic) {
    return counts.getOrDefault(topic.getId(), Map.of()).values().stream()
        .mapToLong(Long::longValue)
        .sum();
  }

  public boolean isThin(Topic topic, Difficulty level) {
    return count(topic, level) < thin;
  }

  public List<Topic> getRows() {
    return rows;
  }

  public Difficulty[] getLevels() {
    return Difficulty.values();
  }

  public int getThin() {
    return thin;
  }
}
