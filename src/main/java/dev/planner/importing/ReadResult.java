package dev.planner.importing;

import dev.planner.inference.FeedClues;

import dev.planner.model.Schedule;
import java.util.List;
import java.util.Objects;

/**
 * A schedule read from a source, with the warnings found on the way and the clues the feed gives
 * about what it does not say (for inference).
 */
public record ReadResult(Schedule schedule, List<Diagnostic> warnings, FeedClues clues) {
  public ReadResult {
    Objects.requireNonNull(schedule, "schedule");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(clues, "clues");
  }

  /** A schedule that says everything itself: its zone and attendance. */
  public ReadResult(Schedule schedule, List<Diagnostic> warnings) {
    this(schedule, warnings, FeedClues.declared(schedule.zone(), schedule.attendees()));
  }
}
