package org.sathach.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sathach.platform.UtcInstantConverter;

/**
 * A paper generated for a seat before its session opens, with the seed it was drawn from, so that a
 * start only reads it and a verifier can re-draw it.
 */
@Entity
@Table(name = "paper")
@NamedQuery(
    name = IssuedPaper.OF_SESSION,
    query = "SELECT p FROM IssuedPaper p WHERE p.seat.session = :session")
@NamedQuery(
    name = IssuedPaper.OF_SEAT,
    query = "SELECT p FROM IssuedPaper p WHERE p.seat = :seat ORDER BY p.paperSet")
public class IssuedPaper {
  static final String OF_SESSION = "IssuedPaper.ofSession";
  static final String OF_SEAT = "IssuedPaper.ofSeat";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "seat_id", updatable = false)
  private Seat seat;

  @Enumerated(EnumType.STRING)
  @Column(name = "paper_set", nullable = false, updatable = false)
  private PaperSet paperSet;

  @Column(nullable = false, updatable = false)
  private long seed;

  @Column(nullable = false, updatable = false)
  private String items;

  @Column(name = "item_count", nullable = false, updatable = false)
  private int itemCount;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "generated_at", nullable = false, updatable = false)
  private Instant generatedAt;

  protected IssuedPaper() {}

  IssuedPaper(Seat seat, PaperSet paperSet, long seed, Paper paper, Instant generatedAt) {
    this.seat = seat;
    this.paperSet = paperSet;
    this.seed = seed;
    this.items = PaperCodec.encode(paper);
    this.itemCount = paper.items().size();
    this.generatedAt = generatedAt;
  }

  public Paper paper() {
    return PaperCodec.decode(items);
  }

  public Long getId() {
    return id;
  }

  public Seat getSeat() {
    return seat;
  }

  public PaperSet getPaperSet() {
    return paperSet;
  }

  public long getSeed() {
    return seed;
  }

  public int getItemCount() {
    return itemCount;
  }

  public Instant getGeneratedAt() {
    return generatedAt;
  }
}
