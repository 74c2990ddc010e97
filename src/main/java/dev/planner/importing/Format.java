package dev.planner.importing;

import java.util.Locale;

/** The schedule formats the planner reads, by the names {@code --from} takes. */
public enum Format {
  YAML("yaml"),
  ICAL("ical"),
  FRAB_XML("frab-xml"),
  FRAB_JSON("frab-json"),
  SCHEDULE2("schedule2"),
  SESSIONIZE("sessionize"),
  CFPDEV("cfpdev");

  private final String label;

  Format(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Parses a {@code --from} name; throws {@link IllegalArgumentException} listing the names. */
  public static Format fromLabel(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (Format format : values()) {
      if (format.label.equals(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown format '" + text + "' (known: " + labels() + ")");
  }

  public static String labels() {
    StringBuilder names = new StringBuilder();
    for (Format format : values()) {
      names.append(names.length() == 0 ? "" : ", ").append(format.label);
    }
    return names.toString();
  }

  @Override
  public String toString() {
    return label;
  }
}
