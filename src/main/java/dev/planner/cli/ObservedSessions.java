package dev.planner.cli;

import dev.planner.importing.userfiles.ObservationLogReader;
import dev.planner.model.SessionId;
import dev.planner.model.SiteObservation;
import dev.planner.overflow.Observation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the observations log says of each session of a day, for {@code risk}'s {@code observed}
 * column: {@code full}, {@code open} or {@code count N}, summed up as calibration sums them up.
 */
final class ObservedSessions {
  static final String FIELD = "observed";

  private ObservedSessions() {}

  /** Each observed session's summary; empty when the log has nothing on that day, so the column is left out. */
  static Optional<Map<SessionId, String>> on(ObservationLog log, LocalDate day) throws IOException {
    List<SiteObservation> seen = log.on(day);
    if (seen.isEmpty()) {
      return Optional.empty();
    }
    List<Observation> summed = ObservationLogReader.forCalibration(seen,
        seen.stream().flatMap(each -> each.session().stream()).collect(Collectors.toSet()));
    Map<SessionId, String> observed = new TreeMap<>();
    for (Observation observation : summed) {
      observed.put(observation.id(), observation.headcount().isPresent()
          ? "count " + observation.headcount().getAsInt()
          : observation.full() ? "full" : "open");
    }
    return Optional.of(observed);
  }
}
