package org.sathach.marking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A candidate's turn (1-based) in a drawn presentation order. */
@Entity
@Table(name = "presentation_turn")
public class PresentationTurn {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "part_id", updatable = false)
  private PresentationDraw draw;

  @Column(nullable = false, updatable = false)
  private int turn;

  @Column(name = "application_id", nullable = false, updatable = false)
  private long applicationId;

  @Column(name = "candidate_number", nullable = false, updatable = false)
  private String candidateNumber;

  protected PresentationTurn() {}

  PresentationTurn(PresentationDraw draw, int turn, long applicationId, String candidateNumber) {
    this.draw = draw;
    this.turn = turn;
    this.applicationId = applicationId;
    this.candidateNumber = candidateNumber;
  }

  public int getTurn() {
    return turn;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public String getCandidateNumber() {
    return candidateNumber;
  }
}
