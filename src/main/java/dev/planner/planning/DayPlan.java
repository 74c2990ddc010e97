package dev.planner.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The plan for one conference day: windows in time order, none overlapping another, the stretches
 * left free because nothing there is worth going to, and what the plan is expected to give.
 */
public record DayPlan(LocalDate day, List<PlanWindow> windows, List<FreeTime> freeTime, PlanSummary summary) {
  public DayPlan {
    Objects.requireNonNull(day, "day");
    windows = List.copyOf(windows);
    freeTime = List.copyOf(freeTime);
    Objects.requireNonNull(summary, "summary");
  }

  public static DayPlan of(LocalDate day, List<PlanWindow> windows) {
    return of(day, windows, List.of());
  }

  public static DayPlan of(LocalDate day, List<PlanWindow> windows, List<FreeTime> freeTime) {
    return new DayPlan(day, windows, freeTime, PlanSummary.of(windows));
  }
}
