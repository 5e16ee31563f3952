package org.sathach.marking;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sathach.platform.UtcInstantConverter;

/**
 * The presentation order of a part, drawn by lot (bốc thăm) once: the seed, who drew it and when,
 * and each candidate's turn. {@link #order()} draws it again from the seed, so anyone can check it.
 */
@Entity
@Table(name = "presentation_draw")
public class PresentationDraw {
  @Id
  @Column(name = "part_id")
  private Long partId;

  @Column(nullable = false, updatable = false)
  private long seed;

  @Column(name = "drawn_by", nullable = false, updatable = false)
  private String drawnBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "drawn_at", nullable = false, updatable = false)
  private Instant drawnAt;

  @OneToMany(mappedBy = "draw", cascade = CascadeType.ALL)
  @OrderBy("turn")
  private List<PresentationTurn> turns = new ArrayList<>();

  protected PresentationDraw() {}

  PresentationDraw(
      long partId, PresentationOrder order, List<Long> applicationIds, String by, Instant at) {
    this.partId = partId;
    this.seed = order.seed();
    this.drawnBy = by;
    this.drawnAt = at;
    for (int i = 0; i < order.order().size(); i++) {
      turns.add(new PresentationTurn(this, i + 1, applicationIds.get(i), order.order().get(i)));
    }
  }

  /** The order drawn again from the seed and the candidate numbers, as a verifier would. */
  public PresentationOrder order() {
    return PresentationOrder.draw(
        turns.stream().map(PresentationTurn::getCandidateNumber).toList(), seed);
  }

  public Long getPartId() {
    return partId;
  }

  public long getSeed() {
    return seed;
  }

  public String getDrawnBy() {
    return drawnBy;
  }

  public Instant getDrawnAt() {
    return drawnAt;
  }

  public List<PresentationTurn> getTurns() {
    return turns;
  }
}
