package dev.planner.model;

import java.util.Locale;

/**
 * Where a room's capacity comes from: the organisers or the venue, an estimate, a prior the planner
 * inferred from the room's role in the schedule, or the planner's bare default.
 */
public enum CapacitySource {
  OFFICIAL,
  ESTIMATE,
  PRIOR,
  DEFAULT;

  /** The lower-case name used in files and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label in any case; throws {@link IllegalArgumentException} for an unknown one. */
  public static CapacitySource fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
