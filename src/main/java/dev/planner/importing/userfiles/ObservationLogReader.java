package dev.planner.importing.userfiles;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.Source;
import dev.planner.model.RoomId;
import dev.planner.model.SessionId;
import dev.planner.model.SiteObservation;
import dev.planner.overflow.Observation;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads an observations log as {@code planner observe} writes it (docs/on-site.md): a first line
 * {@value #HEADER}, then one observation per line, six tab-separated cells: time (ISO-8601 with its
 * offset), kind ({@code full}, {@code open}, {@code count}, {@code queue}), room id, session id (may be
 * empty), number of people (for count and queue only) and observer. Blank lines and lines starting
 * with {@code #} are skipped; a bad line is an error naming its line.
 */
public final class ObservationLogReader {
  /** The first line of every log, by which it is told from other observation files. */
  public static final String HEADER = "# planner observations: time, kind, room, session, people, observer (tab-separated)";
  /** The cells of a line, in order. */
  public static final int CELLS = 6;

  private final ZoneId zone;

  /** @param zone the conference's zone, in which the times are given back */
  public ObservationLogReader(ZoneId zone) {
    this.zone = zone;
  }

  /** Whether the text is an observations log (its first line is the header). */
  public static boolean isLog(String text) {
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return withoutBom.startsWith(HEADER.substring(0, HEADER.indexOf(':')));
  }

  public List<SiteObservation> read(Source source) {
    Diagnostics diagnostics = new Diagnostics(source.name());
    String text = source.text();
    if (!isLog(text)) {
      diagnostics.error(1, 1, "not an observations log: the first line must be '" + HEADER + "'");
      throw diagnostics.failure();
    }
    List<String> lines = text.lines().toList();
    List<SiteObservation> observations = new ArrayList<>();
    for (int number = 2; number <= lines.size(); number++) {
      String line = lines.get(number - 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      observation(line, number, diagnostics).ifPresent(observations::add);
    }
    diagnostics.throwIfErrors();
    return observations;
  }

  /**
   * The log as calibration observations, one per session the forecast covers: a session seen full (or
   * with a queue outside) was full; else its largest head count; else, seen open, it was not full.
   * Observations of a room with no session, or of sessions without a forecast (breaks), say nothing.
   */
  public static List<Observation> forCalibration(List<SiteObservation> log, Set<SessionId> forecast) {
    Map<SessionId, List<SiteObservation>> bySession = new TreeMap<>();
    for (SiteObservation seen : log) {
      seen.session().filter(forecast::contains)
          .ifPresent(id -> bySession.computeIfAbsent(id, key -> new ArrayList<>()).add(seen));
    }
    List<Observation> observations = new ArrayList<>();
    bySession.forEach((id, seen) -> {
      boolean full = seen.stream().anyMatch(each -> each.kind() == SiteObservation.Kind.FULL
          || each.kind() == SiteObservation.Kind.QUEUE && each.value().getAsInt() > 0);
      OptionalInt counted = seen.stream().filter(each -> each.kind() == SiteObservation.Kind.COUNT)
          .mapToInt(each -> each.value().getAsInt()).max();
      if (full) {
        observations.add(Observation.full(id, true));
      } else if (counted.isPresent()) {
        observations.add(Observation.counted(id, counted.getAsInt()));
      } else {
        observations.add(Observation.full(id, false));
      }
    });
    return observations;
  }

  private Optional<SiteObservation> observation(String line, int number, Diagnostics diagnostics) {
    String[] cells = line.split("\t", -1);
    if (cells.length != CELLS) {
      diagnostics.error(number, 1, "expected " + CELLS + " tab-separated cells (time, kind, room, session, people, observer), found "
          + cells.length);
      return Optional.empty();
    }
    try {
      ZonedDateTime time = OffsetDateTime.parse(cells[0].strip()).atZoneSameInstant(zone);
      SiteObservation.Kind kind = SiteObservation.Kind.fromLabel(cells[1]);
      Optional<SessionId> session = Optional.of(cells[3].strip()).filter(id -> !id.isEmpty()).map(SessionId::new);
      OptionalInt people = cells[4].isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cells[4].strip()));
      return Optional.of(new SiteObservation(time, kind, new RoomId(cells[2].strip()), session, people, cells[5].strip()));
    } catch (DateTimeException e) {
      diagnostics.error(number, 1, "the time '" + cells[0] + "' is not an ISO-8601 time with its offset, such as 2024-03-20T10:55+01:00");
    } catch (NumberFormatException e) {
      diagnostics.error(number, 1, "the number of people '" + cells[4] + "' is not a whole number");
    } catch (IllegalArgumentException e) {
      diagnostics.error(number, 1, e.getMessage());
    }
    return Optional.empty();
  }
}
