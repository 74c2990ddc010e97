package dev.planner.importing.userfiles;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.Fields;
import dev.planner.importing.Node;
import dev.planner.importing.NodeParser;
import dev.planner.importing.Source;

import dev.planner.model.SessionId;
import dev.planner.overflow.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what was seen at sessions, for {@code planner calibrate} (docs/overflow-model.md): CSV with a
 * header {@code id,full} (full 0/1, yes/no, true/false) or {@code id,headcount}, or YAML, a list of
 * {@code {id, full}} or {@code {id, headcount}} items (optionally under {@code observations:}). The
 * format is told from the first line. Ids must be forecast sessions of the schedule; problems are
 * reported at their line.
 */
public final class ObservationReader {
  private static final Set<String> YAML_KEYS = Set.of("id", "full", "headcount");

  private final Set<SessionId> known;

  /** @param known the ids of the sessions that have forecasts */
  public ObservationReader(Set<SessionId> known) {
    this.known = Set.copyOf(known);
  }

  public List<Observation> read(Source source) {
    Diagnostics diagnostics = new Diagnostics(source.name());
    List<Observation> observations = looksLikeCsv(source.text())
        ? readCsv(source.text(), diagnostics)
        : readYaml(source, diagnostics);
    if (observations.isEmpty() && !diagnostics.hasErrors()) {
      diagnostics.error(1, 1, "no observations: give one line per session, as 'id,full' or 'id,headcount'");
    }
    diagnostics.throwIfErrors();
    return observations;
  }

  private static boolean looksLikeCsv(String text) {
    for (String line : text.lines().toList()) {
      String stripped = line.strip();
      if (!stripped.isEmpty() && !stripped.startsWith("#")) {
        return stripped.toLowerCase(Locale.ROOT).replace(" ", "").startsWith("id,");
      }
    }
    return false;
  }

  private List<Observation> readCsv(String text, Diagnostics diagnostics) {
    List<String> lines = text.lines().toList();
    List<Observation> observations = new ArrayList<>();
    Set<SessionId> seen = new TreeSet<>();
    boolean headcounts = false;
    boolean header = true;
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (header) {
        header = false;
        String second = cells.length == 2 ? cells[1].strip().toLowerCase(Locale.ROOT) : "";
        if (!second.equals("full") && !second.equals("headcount")) {
          diagnostics.error(number, 1, "the header must be 'id,full' or 'id,headcount', found '" + line + "'");
          return observations;
        }
        headcounts = second.equals("headcount");
        continue;
      }
      if (cells.length != 2) {
        diagnostics.error(number, 1, "expected 2 fields (id and " + (headcounts ? "headcount" : "full") + "), found " + cells.length);
        continue;
      }
      Optional<Observation> observation = csvRow(cells, number, headcounts, seen, diagnostics);
      observation.ifPresent(observations::add);
    }
    return observations;
  }

  private Optional<Observation> csvRow(String[] cells, int line, boolean headcounts, Set<SessionId> seen,
      Diagnostics diagnostics) {
    Optional<SessionId> id = checkedId(cells[0].strip(), line, 1, seen, diagnostics);
    String value = cells[1].strip();
    int column = cells[0].length() + 2;
    if (headcounts) {
      Optional<Integer> count = headcount(value);
      if (count.isEmpty()) {
        return bad(diagnostics, line, column, "headcount must be a whole number of 0 or more, found '" + value + "'");
      }
      return id.map(session -> Observation.counted(session, count.get()));
    }
    Optional<Boolean> full = fullFlag(value);
    if (full.isEmpty()) {
      return bad(diagnostics, line, column, "full must be 0 or 1 (or yes/no, true/false), found '" + value + "'");
    }
    return id.map(session -> Observation.full(session, full.get()));
  }

  private List<Observation> readYaml(Source source, Diagnostics diagnostics) {
    Node root = NodeParser.parseYaml(source.text(), source.name());
    if (root instanceof Node.Mapping mapping && mapping.get("observations").isPresent()) {
      root = mapping.get("observations").get();
    }
    if (!(root instanceof Node.Sequence sequence)) {
      diagnostics.error(root.line(), root.column(),
          "expected a list of observations ({id, full} or {id, headcount}) or CSV with a header 'id,full'");
      return List.of();
    }
    List<Observation> observations = new ArrayList<>();
    Set<SessionId> seen = new TreeSet<>();
    for (Node item : sequence.items()) {
      Fields.of(item, diagnostics, "an observation").ifPresent(fields -> {
        fields.rejectUnknown(YAML_KEYS, true);
        Optional<SessionId> id = fields.requiredText("id")
            .flatMap(text -> checkedId(text.strip(), fields.line(), item.column(), seen, diagnostics));
        Optional<Observation> observation;
        if (fields.has("headcount")) {
          observation = fields.integer("headcount", 0, 1_000_000).flatMap(count -> id.map(value -> Observation.counted(value, count)));
        } else if (fields.has("full")) {
          observation = fields.parsed("full", "true or false (or 0/1)", text -> fullFlag(text.strip()).orElseThrow())
              .flatMap(full -> id.map(value -> Observation.full(value, full)));
        } else {
          fields.missing("full");
          observation = Optional.empty();
        }
        observation.ifPresent(observations::add);
      });
    }
    return observations;
  }

  private Optional<SessionId> checkedId(String text, int line, int column, Set<SessionId> seen, Diagnostics diagnostics) {
    if (text.isEmpty()) {
      diagnostics.error(line, column, "the session id is empty");
      return Optional.empty();
    }
    SessionId id = new SessionId(text);
    if (!known.contains(id)) {
      diagnostics.error(line, column, "no forecast session has the id '" + text + "'");
      return Optional.empty();
    }
    if (!seen.add(id)) {
      diagnostics.error(line, column, "session '" + text + "' is observed twice");
      return Optional.empty();
    }
    return Optional.of(id);
  }

  private static Optional<Observation> bad(Diagnostics diagnostics, int line, int column, String message) {
    diagnostics.error(line, column, message);
    return Optional.empty();
  }

  private static Optional<Boolean> fullFlag(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "1", "yes", "true" -> Optional.of(true);
      case "0", "no", "false" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  private static Optional<Integer> headcount(String text) {
    try {
      int value = Integer.parseInt(text);
      return value >= 0 ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
