package dev.planner.importing;

import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.Schedule;
import dev.planner.model.Venue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Room capacities and levels from a file of our own ({@code --rooms}), laid over a schedule's rooms
 * by name. The file is CSV ({@code name,capacity[,level[,source]]}, header optional) or YAML (a list
 * of {@code {name, capacity, level, source}}, or the same under {@code rooms:}). Names match after
 * dropping case, spaces and punctuation, so "K.1.105 (La Fontaine)" matches "k1105 la fontaine".
 * A capacity from the file counts as an {@code estimate} unless its {@code source} says otherwise:
 * the planner cannot know who counted the seats.
 */
public final class RoomOverlay {
  private final List<Entry> entries;
  private final String sourceName;

  /** One line of the file: a room's name with what it overlays, and where it was read. */
  public record Entry(String name, Optional<Integer> capacity, CapacitySource source, String level, int line) {}

  /** The schedule with the overlay applied, the rooms still on the default capacity, and warnings. */
  public record Result(Schedule schedule, List<Room> withoutCapacity, List<Diagnostic> warnings) {
    public Result {
      withoutCapacity = List.copyOf(withoutCapacity);
      warnings = List.copyOf(warnings);
    }
  }

  private RoomOverlay(String sourceName, List<Entry> entries) {
    this.sourceName = sourceName;
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Reads a CSV or YAML room file; every bad line is an error at its line. */
  public static RoomOverlay read(Source source) {
    String text = source.text();
    Diagnostics diagnostics = new Diagnostics(source.name());
    List<Entry> entries = looksLikeYaml(text) ? readYaml(text, source.name(), diagnostics) : readCsv(text, diagnostics);
    diagnostics.throwIfErrors();
    return new RoomOverlay(source.name(), entries);
  }

  /** Lays the capacities and levels over the schedule's rooms; entries that match no room are warnings. */
  public Result apply(Schedule schedule) {
    Diagnostics diagnostics = new Diagnostics(sourceName);
    Map<String, Entry> byKey = new LinkedHashMap<>();
    for (Entry entry : entries) {
      Entry earlier = byKey.putIfAbsent(Venue.matchKey(entry.name()), entry);
      if (earlier != null) {
        diagnostics.warning(entry.line(), 0, "room '" + entry.name() + "' is already given at line " + earlier.line() + "; the first wins");
      }
    }
    Set<String> used = new HashSet<>();
    List<Room> rooms = new ArrayList<>();
    for (Room room : schedule.venue().rooms()) {
      Optional<String> key = matchingKey(room, byKey);
      key.ifPresent(used::add);
      rooms.add(key.map(byKey::get).map(entry -> overlay(room, entry)).orElse(room));
    }
    byKey.forEach((key, entry) -> {
      if (!used.contains(key)) {
        diagnostics.warning(entry.line(), 0, "room '" + entry.name() + "' matches no room of the schedule");
      }
    });
    Venue venue = new Venue(schedule.venue().name(), rooms, schedule.venue().walking());
    List<Room> withoutCapacity = rooms.stream().filter(room -> room.capacitySource() == CapacitySource.DEFAULT).toList();
    return new Result(schedule.withVenue(venue), withoutCapacity, diagnostics.warnings());
  }

  private static Optional<String> matchingKey(Room room, Map<String, Entry> byKey) {
    String byName = Venue.matchKey(room.name());
    if (byKey.containsKey(byName)) {
      return Optional.of(byName);
    }
    String byId = Venue.matchKey(room.id().value());
    return byKey.containsKey(byId) ? Optional.of(byId) : Optional.empty();
  }

  private static Room overlay(Room room, Entry entry) {
    Room result = entry.capacity().map(seats -> room.withCapacity(seats, entry.source())).orElse(room);
    return entry.level().isEmpty() ? result : result.withLevel(entry.level());
  }

  /** Lower-case letters and digits only, accents dropped: the form room names are compared in. */
  private static boolean looksLikeYaml(String text) {
    for (String line : text.lines().toList()) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      return trimmed.startsWith("- ") || trimmed.equals("-") || trimmed.startsWith("rooms:") || trimmed.startsWith("---");
    }
    return false;
  }

  private static List<Entry> readCsv(String text, Diagnostics diagnostics) {
    List<Entry> entries = new ArrayList<>();
    List<String> columns = List.of("name", "capacity", "level", "source");
    List<String> lines = text.lines().toList();
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      int lineNumber = i + 1;
      String line = lines.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      Optional<List<String>> cells = CsvLine.split(line);
      if (cells.isEmpty()) {
        diagnostics.error(lineNumber, 0, "unclosed quote");
        continue;
      }
      if (first && isHeader(cells.get())) {
        columns = cells.get().stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
        first = false;
        continue;
      }
      first = false;
      csvEntry(cells.get(), columns, lineNumber, diagnostics).ifPresent(entries::add);
    }
    return entries;
  }

  private static boolean isHeader(List<String> cells) {
    return cells.stream().anyMatch(cell -> cell.strip().equalsIgnoreCase("capacity"))
        && cells.stream().anyMatch(cell -> cell.strip().equalsIgnoreCase("name"));
  }

  private static Optional<Entry> csvEntry(List<String> cells, List<String> columns, int line, Diagnostics diagnostics) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      if (i >= columns.size()) {
        diagnostics.error(line, 0, "more cells than columns (" + String.join(",", columns) + ")");
        return Optional.empty();
      }
      values.put(columns.get(i), cells.get(i).strip());
    }
    return entry(values, line, 0, diagnostics);
  }

  private static List<Entry> readYaml(String text, String sourceName, Diagnostics diagnostics) {
    Node root = NodeParser.parseYaml(text, sourceName);
    List<Node> items = List.of();
    if (root instanceof Node.Sequence sequence) {
      items = sequence.items();
    } else if (root instanceof Node.Mapping mapping) {
      items = new Fields(mapping, diagnostics, "the room file").list("rooms");
    } else {
      diagnostics.error(root.line(), root.column(), "the room file must be a list of rooms, found " + root.kind());
    }
    List<Entry> entries = new ArrayList<>();
    for (Node item : items) {
      Fields.of(item, diagnostics, "a room").ifPresent(room -> {
        room.rejectUnknown(Set.of("name", "capacity", "level", "source"), true);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : List.of("name", "capacity", "level", "source")) {
          room.text(key).ifPresent(value -> values.put(key, value.strip()));
        }
        entry(values, item.line(), item.column(), diagnostics).ifPresent(entries::add);
      });
    }
    return entries;
  }

  private static Optional<Entry> entry(Map<String, String> values, int line, int column, Diagnostics diagnostics) {
    String name = values.getOrDefault("name", "");
    if (name.isEmpty()) {
      diagnostics.error(line, column, "room without a name");
      return Optional.empty();
    }
    Optional<Integer> capacity = Optional.empty();
    String seats = values.getOrDefault("capacity", "");
    if (!seats.isEmpty()) {
      try {
        int parsed = Integer.parseInt(seats);
        if (parsed <= 0) {
          throw new NumberFormatException();
        }
        capacity = Optional.of(parsed);
      } catch (NumberFormatException e) {
        diagnostics.error(line, column, "capacity of room '" + name + "' must be a positive whole number, found '" + seats + "'");
        return Optional.empty();
      }
    }
    CapacitySource source = CapacitySource.ESTIMATE;
    String sourceLabel = values.getOrDefault("source", "");
    if (!sourceLabel.isEmpty()) {
      try {
        source = CapacitySource.fromLabel(sourceLabel);
      } catch (IllegalArgumentException e) {
        diagnostics.error(line, column, "source of room '" + name + "' must be official, estimate or default, found '" + sourceLabel + "'");
        return Optional.empty();
      }
    }
    return Optional.of(new Entry(name, capacity, source, values.getOrDefault("level", ""), line));
  }
}
