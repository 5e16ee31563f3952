package org.sathach.bank;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One editable line of the question editor: an option (text, correct), a matching pair (text,
 * right), an ordering item or accepted answer (text), or a rubric criterion (points, text).
 */
public class EditorRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private String text;
  private String right;
  private boolean correct;
  private BigDecimal points;

  public EditorRow() {}

  EditorRow(String text, String right, boolean correct, BigDecimal points) {
    this.text = text;
    this.right = right;
    this.correct = correct;
    this.points = points;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getRight() {
    return right;
  }

  public void setRight(String right) {
    this.right = right;
  }

  public boolean isCorrect() {
    return correct;
  }

  public void setCorrect(boolean correct) {
    this.correct = correct;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public void setPoints(BigDecimal points) {
    this.points = points;
  }
}
