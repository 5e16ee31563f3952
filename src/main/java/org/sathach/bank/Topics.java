package org.sathach.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The topic tree: reading it, and finding or creating a topic by its path of names. */
@ApplicationScoped
@Transactional
public class Topics {
  @PersistenceContext private EntityManager em;

  public List<Topic> all() {
    return em.createNamedQuery(Topic.ALL, Topic.class).getResultList();
  }

  public Topic find(long id) {
    Topic topic = em.find(Topic.class, id);
    if (topic == null) {
      throw new BankProblem("bank.topicNotFound");
    }
    return topic;
  }

  /** The names from the root down to this topic. */
  public List<String> pathNames(Topic topic) {
    List<String> names = new ArrayList<>();
    for (Topic t = topic; t != null; t = t.getParent()) {
      names.add(0, t.getName());
    }
    return names;
  }

  /** The names of the two roots, "Lý luận chính trị" and "Chuyên môn nghiệp vụ". */
  public Set<String> rootNames() {
    return em.createQuery("SELECT t.name FROM Topic t WHERE t.parent IS NULL", String.class)
        .getResultStream()
        .collect(Collectors.toSet());
  }

  /** All topics by id, for rendering paths of many versions without a query each. */
  public Map<Long, Topic> byId() {
    return all().stream().collect(Collectors.toMap(Topic::getId, Function.identity()));
  }

  /**
   * The topic at this path of names, created (with any missing parents) if it does not exist. The
   * first name must be one of the two roots.
   */
  @Transactional
  public Topic ensure(List<String> path) {
    if (path.isEmpty()) {
      throw new BankProblem("bank.topicRequired");
    }
    Topic node =
        em.createQuery(
                "SELECT t FROM Topic t WHERE t.parent IS NULL AND t.name = :name", Topic.class)
            .setParameter("name", path.get(0).strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new BankProblem("bank.topicRoot", path.get(0)));
    for (String name : path.subList(1, path.size())) {
      node = child(node, name.strip());
    }
    return node;
  }

  private Topic child(Topic parent, String name) {
    List<Topic> found =
        em.createNamedQuery(Topic.CHILD, Topic.class)
            .setParameter("parent", parent)
            .setParameter("name", name)
            .getResultList();
    if (!found.isEmpty()) {
      return found.get(0);
    }
    Topic topic = new Topic(parent, name);
    em.persist(topic);
    em.flush();
    topic.assignPath();
    return topic;
  }
}
