package dev.planner.fuzz;

import dev.planner.importing.ReadOptions;
import dev.planner.importing.Source;
import dev.planner.importing.yaml.YamlScheduleReader;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/** The small test schedule, read once, for readers that lay something over a schedule. */
final class FuzzSchedules {
  static final Schedule SMALL = read("/schedules/small.yaml");
  static final Set<SessionId> SMALL_IDS = SMALL.sessions().stream().map(Session::id).collect(Collectors.toSet());

  private FuzzSchedules() {}

  private static Schedule read(String resource) {
    try (InputStream in = FuzzSchedules.class.getResourceAsStream(resource)) {
      return new YamlScheduleReader().read(new Source(resource, in.readAllBytes()), ReadOptions.NONE).schedule();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
