package org.sathach.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A node of the topic tree under the two roots, political theory and professional. Its {@code path}
 * of ids ({@code /1/7/12/}) makes "this topic and everything under it" one indexed query.
 */
@Entity
@Table(name = "topic")
@NamedQuery(name = Topic.ALL, query = "SELECT t FROM Topic t ORDER BY t.path")
@NamedQuery(
    name = Topic.CHILD,
    query = "SELECT t FROM Topic t WHERE t.parent = :parent AND t.name = :name")
public class Topic {
  static final String ALL = "Topic.all";
  static final String CHILD = "Topic.child";
  public static final long THEORY_ROOT = 1;
  public static final long PROFESSIONAL_ROOT = 2;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private Topic parent;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String path;

  protected Topic() {}

  Topic(Topic parent, String name) {
    this.parent = Objects.requireNonNull(parent, "parent");
    this.name = Objects.requireNonNull(name, "name").strip();
    this.path = "";
  }

  /** Called once the id is known. */
  void assignPath() {
    this.path = parent.path + id + "/";
  }

  public Long getId() {
    return id;
  }

  public Topic getParent() {
    return parent;
  }

  public String getName() {
    return name;
  }

  public String getPath() {
    return path;
  }

  public int depth() {
    return (int) path.chars().filter(c -> c == '/').count() - 2;
  }
}
