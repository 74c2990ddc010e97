package dev.planner.rendering;

import dev.planner.model.RoomId;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link RiskGrid} for a terminal: rooms down, time across in columns of 5, 15, 30 or 60
 * minutes (the finest that fits the width), each column of a room shaded by the highest P(full) of
 * the sessions in it: a density character without colour, a background colour with it. A time axis
 * above and a legend below.
 */
public final class RiskGridRenderer {
  /** The terminal width assumed when none is known. */
  public static final int DEFAULT_WIDTH = 80;

  private static final int[] STEPS = {5, 15, 30, 60};
  private static final double[] BAND_FLOORS = {0, 0.1, 0.2, 0.5, 0.8};
  /** Density characters, from a dot for a low chance up: a blank is where no session runs. */
  private static final char[] BAND_CHARS = {'·', '░', '▒', '▓', '█'};
  /** Green to red in the 256-colour table. */
  private static final int[] BAND_COLOURS = {28, 106, 178, 208, 160};
  private static final String[] BAND_NAMES = {"below 10%", "10-20%", "20-50%", "50-80%", "80% or more"};
  private static final char EMPTY = ' ';
  /** In colour the shades are backgrounds, so a dim dot marks where no session runs. */
  private static final char EMPTY_IN_COLOUR = '·';
  private static final int MIN_NAME = 6;
  private static final int MAX_NAME = 18;
  private static final int SEATS_WIDTH = 5;

  private final Palette palette;
  private final int width;

  /** @param width the terminal's columns; below 40 is treated as 40 */
  public RiskGridRenderer(Palette palette, int width) {
    this.palette = palette;
    this.width = Math.max(40, width);
  }

  public String render(RiskGrid grid) {
    StringBuilder out = new StringBuilder();
    out.append("Chance of a full room, ").append(Cells.day(grid.day())).append('\n');
    if (grid.cells().isEmpty()) {
      return out.append("No forecast sessions on this day.\n").toString();
    }
    Map<RoomId, String> labels = RoomAbbreviations.of(grid.rooms());
    int nameWidth = Math.max(MIN_NAME, Math.min(MAX_NAME, labels.values().stream().mapToInt(String::length).max().orElse(0)));
    int labelWidth = nameWidth + 1 + SEATS_WIDTH + 1;
    ZonedDateTime from = grid.cells().stream().map(RiskGrid.Cell::start).min(ZonedDateTime::compareTo).orElseThrow()
        .truncatedTo(ChronoUnit.HOURS);
    ZonedDateTime until = grid.cells().stream().map(RiskGrid.Cell::end).max(ZonedDateTime::compareTo).orElseThrow();
    long minutes = Duration.between(from, until).toMinutes();
    int step = stepFor(minutes, width - labelWidth);
    int columns = (int) ((minutes + step - 1) / step);
    axis(out, from, step, columns, labelWidth);
    for (RiskGrid.GridRoom room : grid.rooms()) {
      out.append(pad(fit(labels.get(room.id()), nameWidth), nameWidth)).append(' ')
          .append(padLeft(Integer.toString(room.capacity()), SEATS_WIDTH)).append(' ');
      row(out, grid.cellsOf(room.id()), from, step, columns);
      out.append('\n');
    }
    legend(out, step);
    return out.toString();
  }

  /** The finest step whose columns fit the room left beside the labels; the coarsest when none does. */
  static int stepFor(long minutes, int room) {
    for (int step : STEPS) {
      if ((minutes + step - 1) / step <= room) {
        return step;
      }
    }
    return STEPS[STEPS.length - 1];
  }

  private static void axis(StringBuilder out, ZonedDateTime from, int step, int columns, int labelWidth) {
    int perHour = 60 / step;
    // A clock label takes 5 characters and a space: label every hour, or every few when columns are wide.
    int hoursPerLabel = Math.max(1, (6 + perHour - 1) / perHour);
    char[] labels = " ".repeat(columns + 5).toCharArray();
    char[] ticks = " ".repeat(columns).toCharArray();
    for (int column = 0; column < columns; column++) {
      ZonedDateTime at = from.plusMinutes((long) column * step);
      boolean onHour = at.getMinute() == 0;
      ticks[column] = onHour ? '|' : step < 30 && at.getMinute() == 30 ? '\'' : '.';
      if (onHour && (at.getHour() - from.getHour()) % hoursPerLabel == 0) {
        Cells.clock(at).getChars(0, 5, labels, column);
      }
    }
    out.append(" ".repeat(labelWidth)).append(new String(labels).stripTrailing()).append('\n');
    out.append(" ".repeat(labelWidth)).append(new String(ticks)).append('\n');
  }

  private void row(StringBuilder out, List<RiskGrid.Cell> cells, ZonedDateTime from, int step, int columns) {
    for (int column = 0; column < columns; column++) {
      ZonedDateTime start = from.plusMinutes((long) column * step);
      ZonedDateTime end = start.plusMinutes(step);
      double highest = -1;
      for (RiskGrid.Cell cell : cells) {
        if (cell.start().isBefore(end) && cell.end().isAfter(start)) {
          highest = Math.max(highest, cell.pFull());
        }
      }
      out.append(highest < 0 ? emptyCell() : cell(band(highest)));
    }
  }

  private String emptyCell() {
    return palette.isEnabled() ? palette.dim(String.valueOf(EMPTY_IN_COLOUR)) : String.valueOf(EMPTY);
  }

  private String cell(int band) {
    return palette.isEnabled() ? palette.background(BAND_COLOURS[band], " ") : String.valueOf(BAND_CHARS[band]);
  }

  /** The shade of a chance that the room is full: 0 (below 10%) to 4 (80% or more). */
  static int band(double pFull) {
    int band = 0;
    for (int i = 1; i < BAND_FLOORS.length; i++) {
      if (pFull >= BAND_FLOORS[i]) {
        band = i;
      }
    }
    return band;
  }

  private void legend(StringBuilder out, int step) {
    List<String> items = new ArrayList<>();
    items.add(palette.isEnabled() ? emptyCell() + " no session" : "blank: no session");
    for (int band = 0; band < BAND_CHARS.length; band++) {
      items.add(cell(band) + " " + BAND_NAMES[band]);
    }
    String lead = "P(full), one column = " + step + " min:";
    StringBuilder line = new StringBuilder(lead);
    int visible = lead.length();
    for (String item : items) {
      int length = visibleLength(item);
      if (visible + 3 + length > width) {
        out.append(line).append('\n');
        line = new StringBuilder(" ".repeat(2));
        visible = 2;
      } else {
        line.append(' ');
        visible += 1;
      }
      line.append("  ").append(item);
      visible += 2 + length;
    }
    out.append(line).append('\n');
  }

  /** The length of text as the terminal shows it, without escape sequences. */
  private static int visibleLength(String text) {
    return text.replaceAll("\u001b\\[[0-9;]*m", "").length();
  }

  private static String fit(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  private static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }

  /**
   * Short room names: the last part of a "Building | Level | Room" name, and when other rooms end the
   * same way, the nearest earlier part that tells it from them ("W01 Tutorials", "Annex Workshops").
   */
  static final class RoomAbbreviations {
    private RoomAbbreviations() {}

    static Map<RoomId, String> of(List<RiskGrid.GridRoom> rooms) {
      Map<RoomId, List<String>> parts = new HashMap<>();
      for (RiskGrid.GridRoom room : rooms) {
        List<String> split = new ArrayList<>();
        for (String part : room.name().split("\\|")) {
          if (!part.isBlank()) {
            split.add(part.strip());
          }
        }
        parts.put(room.id(), split.isEmpty() ? List.of(room.name().strip()) : split);
      }
      Map<RoomId, String> labels = new HashMap<>();
      parts.forEach((id, own) -> labels.put(id, label(id, own, parts)));
      return labels;
    }

    private static String label(RoomId id, List<String> own, Map<RoomId, List<String>> parts) {
      String last = own.get(own.size() - 1);
      List<List<String>> alike = new ArrayList<>();
      parts.forEach((other, split) -> {
        if (!other.equals(id) && split.get(split.size() - 1).equals(last)) {
          alike.add(split);
        }
      });
      if (alike.isEmpty()) {
        return last;
      }
      for (int back = 2; back <= own.size(); back++) {
        String candidate = own.get(own.size() - back);
        boolean tells = true;
        for (List<String> other : alike) {
          tells &= other.size() < back || !other.get(other.size() - back).equals(candidate);
        }
        if (tells) {
          return candidate + " " + last;
        }
      }
      return String.join(" ", own);
    }
  }
}
