package dev.planner.rendering;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

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

  /** The formats every command that prints records offers. */
  public static Set<OutputFormat> records() {
    return EnumSet.of(TABLE, JSON, CSV, TSV, MD);
  }

  /** Whether the format is for machines, so never coloured nor decorated. */
  public boolean isMachineReadable() {
    return this != TABLE && this != MD;
  }
}
