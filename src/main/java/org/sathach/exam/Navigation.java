package org.sathach.exam;

/** Whether a candidate may move freely between questions or only forward, one at a time. */
public enum Navigation {
  FREE,
  LINEAR
}
