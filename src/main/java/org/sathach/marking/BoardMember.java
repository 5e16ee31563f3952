package org.sathach.marking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sathach.identity.User;

/** A board member (thành viên hội đồng) who scores the presentations of one part. */
@Entity
@Table(name = "presentation_member")
@NamedQuery(
    name = BoardMember.OF_PART,
    query = "SELECT m FROM BoardMember m WHERE m.partId = :part ORDER BY m.user.fullName")
@NamedQuery(
    name = BoardMember.PARTS_OF,
    query = "SELECT m.partId FROM BoardMember m WHERE m.user.username = :username")
public class BoardMember {
  static final String OF_PART = "BoardMember.ofPart";
  static final String PARTS_OF = "BoardMember.partsOf";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "part_id", nullable = false, updatable = false)
  private long partId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id", updatable = false)
  private User user;

  protected BoardMember() {}

  BoardMember(long partId, User user) {
    this.partId = partId;
    this.user = user;
  }

  public Long getId() {
    return id;
  }

  public User getUser() {
    return user;
  }
}
