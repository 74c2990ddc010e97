package dev.planner.importing;

import dev.planner.model.Schedule;
import java.util.List;
import java.util.Objects;

/** A schedule read from a source, with the warnings found on the way. */
public record ReadResult(Schedule schedule, List<Diagnostic> warnings) {
  public ReadResult {
    Objects.requireNonNull(schedule, "schedule");
    warnings = List.copyOf(warnings);
  }
}
