package dev.planner.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The plan for one conference day: windows in time order, none overlapping another, and what it is expected to give. */
public record DayPlan(LocalDate day, List<PlanWindow> windows, PlanSummary summary) {
  public DayPlan {
    Objects.requireNonNull(day, "day");
    windows = List.copyOf(windows);
    Objects.requireNonNull(summary, "summary");
  }

  public static DayPlan of(LocalDate day, List<PlanWindow> windows) {
    return new DayPlan(day, windows, PlanSummary.of(windows));
  }
}
