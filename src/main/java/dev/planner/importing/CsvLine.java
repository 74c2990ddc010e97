package dev.planner.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits one CSV line with RFC 4180 quotes ({@code "a, b"}, {@code ""} for a quote); empty when a quote is left open. */
public final class CsvLine {
  private CsvLine() {}

  public static Optional<List<String>> split(String line) {
    if (line.indexOf('"') < 0) {
      return Optional.of(unquoted(line));
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      return Optional.empty();
    }
    cells.add(cell.toString());
    return Optional.of(cells);
  }

  /** A line without quotes: the text between commas, an empty cell wherever two commas meet or one ends the line. */
  private static List<String> unquoted(String line) {
    List<String> cells = new ArrayList<>();
    int start = 0;
    for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', start)) {
      cells.add(line.substring(start, comma));
      start = comma + 1;
    }
    cells.add(line.substring(start));
    return cells;
  }
}
