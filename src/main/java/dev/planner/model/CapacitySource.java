package dev.planner.model;

import java.util.Locale;

/** Where a room's capacity comes from: the organisers, an estimate, or the planner's default. */
public enum CapacitySource {
  OFFICIAL,
  ESTIMATE,
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
