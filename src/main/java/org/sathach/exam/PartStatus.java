package org.sathach.exam;

/** A part is edited as a DRAFT; once PUBLISHED its blueprint and bank snapshot are frozen. */
public enum PartStatus {
  DRAFT,
  PUBLISHED
}
