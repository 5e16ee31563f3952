package org.sathach.bank;

/**
 * Where a version is in the review workflow: DRAFT → IN_REVIEW → APPROVED → RETIRED, and back to
 * DRAFT with a reason. Only APPROVED versions can be drawn into papers.
 */
public enum QuestionStatus {
  DRAFT,
  IN_REVIEW,
  APPROVED,
  RETIRED
}
