package dev.planner.rendering;

import java.util.Locale;

/** The shapes output can take; which a command offers is its own choice. */
public enum OutputFormat {
  TABLE,
  JSON,
  CSV,
  TSV,
  MD,
  ICS,
  HTML;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the format is for machines, so never coloured nor decorated. */
  public boolean isMachineReadable() {
    return this != TABLE && this != MD;
  }
}
