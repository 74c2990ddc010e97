package dev.planner.ranking;

import dev.planner.importing.userfiles.ProfileReader;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ScheduleImporter;
import dev.planner.importing.Source;
import dev.planner.importing.SourceLoader;
import dev.planner.importing.SourceUnavailableException;
import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Optional;

/** The bundled KubeCon schedule and the example profiles, read as the planner reads them. */
final class BundledSchedule {
  static final LocalDate WEDNESDAY = LocalDate.of(2024, 3, 20);

  private static Schedule schedule;

  private BundledSchedule() {}

  static synchronized Schedule schedule() {
    if (schedule == null) {
      try {
        Source bundled = new SourceLoader(new ByteArrayInputStream(new byte[0])).bundled();
        schedule = ScheduleImporter.standard().read(bundled, Optional.empty(), ReadOptions.NONE).schedule();
      } catch (SourceUnavailableException e) {
        throw new IllegalStateException("the bundled schedule is not on the test class path", e);
      }
    }
    return schedule;
  }

  /** A profile file by its path from the project directory, such as {@code examples/profile.yaml}. */
  static Profile profile(String path) {
    try {
      return new ProfileReader().read(new SourceLoader(new ByteArrayInputStream(new byte[0])).load(path));
    } catch (SourceUnavailableException e) {
      throw new IllegalStateException("missing example profile " + path, e);
    }
  }
}
