package org.sathach.exam;

/**
 * The two paper sets of a part: the official one, and a backup held ready in case the official one
 * leaks or cannot be used. Both are drawn from the same blueprint and snapshot with unrelated
 * seeds.
 */
public enum PaperSet {
  OFFICIAL,
  BACKUP
}
