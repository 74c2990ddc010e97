package dev.planner.model;

import java.util.Locale;

/** How much risk of a closed door the attendee accepts, as the chance of getting in they aim for. */
public enum RiskAppetite {
  CAUTIOUS(0.95),
  NORMAL(0.90),
  BOLD(0.75);

  private final double targetAdmission;

  RiskAppetite(double targetAdmission) {
    this.targetAdmission = targetAdmission;
  }

  /** The chance of getting in that arrive-by times aim for. */
  public double targetAdmission() {
    return targetAdmission;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RiskAppetite fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
