package org.sathach.proctoring;

/** The kinds of irregularity a proctor records in the room. */
public enum IncidentCategory {
  DEVICE,
  TALKING,
  COPYING,
  TECHNICAL,
  IDENTITY,
  OTHER
}
