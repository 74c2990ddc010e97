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

  /** Text on a background from the 256-colour table (xterm numbering), for cells of a picture. */
  public String background(int colour, String text) {
    if (colour < 0 || colour > 255) {
      throw new IllegalArgumentException("a 256-colour index is from 0 to 255, was " + colour);
    }
    return style("48;5;" + colour, text);
  }

  private String style(String code, String text) {
    return enabled && !text.isEmpty() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
