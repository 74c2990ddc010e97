package dev.planner.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The plan for one conference day: its windows in time order, none overlapping another. */
public record DayPlan(LocalDate day, List<PlanWindow> windows) {
  public DayPlan {
    Objects.requireNonNull(day, "day");
    windows = List.copyOf(windows);
  }

  public double totalInterest() {
    return windows.stream().mapToDouble(window -> window.primary().interest()).sum();
  }
}
