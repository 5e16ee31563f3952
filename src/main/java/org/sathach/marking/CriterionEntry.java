package org.sathach.marking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One criterion of a presentation part's scoring sheet, stored in its place on the sheet. */
@Entity
@Table(name = "presentation_criterion")
@NamedQuery(
    name = CriterionEntry.OF_PART,
    query = "SELECT c FROM CriterionEntry c WHERE c.partId = :part ORDER BY c.position")
public class CriterionEntry {
  static final String OF_PART = "CriterionEntry.ofPart";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "part_id", nullable = false, updatable = false)
  private long partId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(name = "max_points", nullable = false, updatable = false)
  private BigDecimal maxPoints;

  protected CriterionEntry() {}

  CriterionEntry(long partId, int position, PresentationCriterion criterion) {
    this.partId = partId;
    this.position = position;
    this.name = criterion.name();
    this.maxPoints = criterion.maxPoints();
  }

  /** The criterion as the marking rules read it. */
  public PresentationCriterion criterion() {
    return new PresentationCriterion(name, maxPoints);
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getMaxPoints() {
    return maxPoints;
  }
}
