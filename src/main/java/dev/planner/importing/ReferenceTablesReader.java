package dev.planner.importing;

import dev.planner.inference.ReferenceTables;
import dev.planner.inference.ReferenceTables.Edition;
import dev.planner.inference.ReferenceTables.VenueRoom;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the reference tables shipped in {@code schedule/reference/} (attendance, venues, places):
 * CSV with {@code #} comment lines and a header. Any bad row is an error naming the table and line,
 * since the tables ship with the planner and a test reads them all.
 */
public final class ReferenceTablesReader {
  private static final String FOLDER = "/schedule/reference/";
  private static ReferenceTables bundled;
  private static Set<String> regionIds;

  private ReferenceTablesReader() {}

  /** The tables shipped with the planner, read once; the places when first asked for. */
  public static synchronized ReferenceTables bundled() {
    if (bundled == null) {
      bundled = new ReferenceTables(rows("attendance.csv", 7, new EditionRow()), rows("venues.csv", 6, new VenueRoomRow()),
          new BundledPlaces());
    }
    return bundled;
  }

  /** The places table, read when a feed first needs a zone. */
  private static final class BundledPlaces implements Supplier<Map<String, String>> {
    @Override
    public Map<String, String> get() {
      return places(rows("places.csv", 2, new PlaceRow()));
    }
  }

  // Each table's rows are read by a class of its own rather than a lambda: every read of a feed reads
  // the tables, and linking each lambda costs a short run a fraction of a millisecond.

  /**
   * A row of the attendance table: one edition of a conference. The editions of a series share their
   * expression, which is compiled once for all of them: every read of a feed reads the table.
   */
  private static final class EditionRow implements Function<List<String>, Edition> {
    private final Map<String, Pattern> compiled = new HashMap<>();

    @Override
    public Edition apply(List<String> cells) {
      Pattern match = compiled.get(cells.get(1));
      if (match == null) {
        match = Pattern.compile(cells.get(1), Pattern.CASE_INSENSITIVE);
        compiled.put(cells.get(1), match);
      }
      return new Edition(cells.get(0), match, Integer.parseInt(cells.get(2)), Integer.parseInt(cells.get(3)),
          cells.get(4), cells.get(5), cells.get(6));
    }
  }

  /** A row of the venues table: one room of a venue, with its aliases. */
  private static final class VenueRoomRow implements Function<List<String>, VenueRoom> {
    @Override
    public VenueRoom apply(List<String> cells) {
      List<String> aliases = new ArrayList<>();
      if (!cells.get(3).isBlank()) {
        for (String alias : cells.get(3).split("\\|")) {
          aliases.add(alias.strip());
        }
      }
      return new VenueRoom(cells.get(0), cells.get(1), cells.get(2), aliases, Integer.parseInt(cells.get(4)), cells.get(5));
    }
  }

  /**
   * A row of the places table: a place and its zone's id, which must name a zone. A region id is
   * checked against the JDK's list, for making the zone itself reads its rules, which only a place a
   * feed names needs.
   */
  private static final class PlaceRow implements Function<List<String>, Map.Entry<String, String>> {
    @Override
    public Map.Entry<String, String> apply(List<String> cells) {
      String zone = cells.get(1);
      if (!regionIds().contains(zone)) {
        ZoneId.of(zone);
      }
      return Map.entry(cells.get(0), zone);
    }
  }

  private static synchronized Set<String> regionIds() {
    if (regionIds == null) {
      regionIds = ZoneId.getAvailableZoneIds();
    }
    return regionIds;
  }

  private static Map<String, String> places(List<Map.Entry<String, String>> rows) {
    Map<String, String> places = new HashMap<>();
    for (Map.Entry<String, String> row : rows) {
      places.putIfAbsent(row.getKey(), row.getValue());
    }
    return places;
  }

  /** The rows of a table after its comments and header, each made into a value by {@code make}. */
  static <T> List<T> rows(String table, int columns, Function<List<String>, T> make) {
    String text = resource(table);
    List<T> rows = new ArrayList<>();
    boolean header = true;
    int lineNumber = 0;
    for (String line : lines(text)) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      Optional<List<String>> split = CsvLine.split(line);
      if (split.isEmpty()) {
        throw new IllegalStateException(table + ": unclosed quote");
      }
      List<String> cells = split.get();
      try {
        if (cells.size() != columns) {
          throw new IllegalArgumentException(cells.size() + " columns, expected " + columns);
        }
        List<String> stripped = new ArrayList<>(cells.size());
        for (String cell : cells) {
          stripped.add(cell.strip());
        }
        rows.add(make.apply(stripped));
      } catch (RuntimeException e) {
        throw new IllegalStateException(FOLDER.substring(1) + table + ":" + lineNumber + ": " + e.getMessage(), e);
      }
    }
    return rows;
  }

  /**
   * The text's lines, as {@link String#lines} splits them, without a stream: the tables are read on
   * every run. Line ends are found with {@link String#indexOf}, one search per line end rather than
   * a call per character, which is what a short run, before the JIT has warmed up, pays for.
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int newline = text.indexOf('\n');
    int carriageReturn = text.indexOf('\r');
    int start = 0;
    while (start < text.length()) {
      // The next of each kind at or after the start, searched again only once passed.
      if (newline >= 0 && newline < start) {
        newline = text.indexOf('\n', start);
      }
      if (carriageReturn >= 0 && carriageReturn < start) {
        carriageReturn = text.indexOf('\r', start);
      }
      int end = lineEnd(newline, carriageReturn, text.length());
      lines.add(text.substring(start, end));
      boolean crlf = end == carriageReturn && newline == end + 1;
      start = end + (crlf ? 2 : 1);
    }
    return lines;
  }

  /** The first of two line ends (-1 for none), else the end of the text. */
  private static int lineEnd(int newline, int carriageReturn, int length) {
    if (newline < 0) {
      return carriageReturn < 0 ? length : carriageReturn;
    }
    return carriageReturn < 0 ? newline : Math.min(newline, carriageReturn);
  }

  private static String resource(String table) {
    try (InputStream in = BundledFiles.open(FOLDER + table)) {
      if (in == null) {
        throw new IllegalStateException("the planner's reference table " + table + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
