package dev.planner.model;

import java.util.Locale;

/** What kind of item a schedule entry is; only talk-like items are ever planned. */
public enum SessionType {
  KEYNOTE(true),
  TALK(true),
  LIGHTNING(true),
  TUTORIAL(true),
  PANEL(true),
  WORKSHOP(true),
  POSTER(true),
  SPONSORED(true),
  BREAK(false),
  MEAL(false),
  REGISTRATION(false),
  SOCIAL(false),
  /** An event inside the conference that needs a ticket of its own (a summit, a co-located event). */
  TICKETED(false),
  OTHER(true);

  private final boolean plannable;

  SessionType(boolean plannable) {
    this.plannable = plannable;
  }

  /** Whether a plan may pick this item: talks yes, coffee and badge pick-up no. */
  public boolean isPlannable() {
    return plannable;
  }

  /** The lower-case name used in files and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label in any case; throws {@link IllegalArgumentException} for an unknown one. */
  public static SessionType fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
