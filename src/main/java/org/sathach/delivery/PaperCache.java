package org.sathach.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sathach.bank.QuestionData;
import org.sathach.bank.Questions;
import org.sathach.exam.Paper;
import org.sathach.exam.PaperCodec;

/**
 * Papers and question versions never change once issued, so the save path keeps them in memory: an
 * answer is checked against its question without re-reading the paper or the version. Entries are
 * dropped wholesale past a size bound; another instance simply loads its own.
 */
@ApplicationScoped
public class PaperCache {
  private static final int MAX_ENTRIES = 20_000;

  @PersistenceContext private EntityManager em;
  @Inject private Questions questions;

  private final Map<Long, Paper> papers = new ConcurrentHashMap<>();
  private final Map<Long, QuestionData> versions = new ConcurrentHashMap<>();

  /** The issued paper by id. */
  public Paper paper(long paperId) {
    Paper paper = papers.get(paperId);
    if (paper == null) {
      Object items =
          em.createNativeQuery("SELECT items FROM paper WHERE id = ?")
              .setParameter(1, paperId)
              .getSingleResult();
      paper = PaperCodec.decode(items.toString());
      bound(papers).put(paperId, paper);
    }
    return paper;
  }

  /** A version's full content, key included: for checking and marking on the server only. */
  public QuestionData version(long versionId) {
    QuestionData data = versions.get(versionId);
    if (data == null) {
      data = questions.data(questions.version(versionId));
      bound(versions).put(versionId, data);
    }
    return data;
  }

  private static <K, V> Map<K, V> bound(Map<K, V> map) {
    if (map.size() >= MAX_ENTRIES) {
      map.clear();
    }
    return map;
  }
}
