package dev.planner.rendering;

/**
 * ANSI styling for terminal output; the plain palette (for pipes, files, {@code NO_COLOR} and
 * machine formats) returns text unchanged.
 */
public final class Palette {
  public static final Palette PLAIN = new Palette(false);
  public static final Palette ANSI = new Palette(true);

  private final boolean enabled;

  private Palette(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String bold(String text) {
    return style("1", text);
  }

  public String dim(String text) {
    return style("2", text);
  }

  public String red(String text) {
    return style("31", text);
  }

  public String yellow(String text) {
    return style("33", text);
  }

  public String green(String text) {
    return style("32", text);
  }

  private String style(String code, String text) {
    return enabled && !text.isEmpty() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
