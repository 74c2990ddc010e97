package dev.planner.overflow;

import java.util.Locale;

/** How likely a room is to turn people away, read from P(full) by {@link OverflowParameters.LevelThresholds}. */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH;

  /** The lower-case name used in tables and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label in any case; throws {@link IllegalArgumentException} for an unknown one. */
  public static RiskLevel fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
