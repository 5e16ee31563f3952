package org.sathach.round;

/** The level of a leadership post: a department of the province or a division within one. */
public enum PostLevel {
  DEPARTMENT,
  DIVISION
}
