package dev.planner.planning;

import java.util.Locale;

/** What is left when every door of a window is closed. */
public enum Fallback {
  HALLWAY,
  RECORDING;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
