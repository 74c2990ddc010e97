package dev.planner.cli;

import dev.planner.model.DaySelector;
import dev.planner.model.Schedule;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --day} option: a weekday name, an ISO date or a day number. */
public final class DayOption {
  @Option(names = {"-d", "--day"}, paramLabel = "DAY",
      description = "Conference day: a weekday (wednesday, Wed), an ISO date (2024-03-20) or a day number (1).")
  String day;

  Optional<LocalDate> resolve(CommandContext context, Schedule schedule) {
    return day == null ? Optional.empty() : Optional.of(required(context, schedule));
  }

  LocalDate required(CommandContext context, Schedule schedule) {
    if (day == null) {
      throw context.usage("--day is required; this schedule's days are: " + DaySelector.describe(schedule.days()));
    }
    return resolve(context, day, schedule);
  }

  /** One day named as {@code --day} takes it; an unknown day is a usage error listing the days. */
  static LocalDate resolve(CommandContext context, String name, Schedule schedule) {
    try {
      return DaySelector.resolve(name, schedule.days());
    } catch (IllegalArgumentException e) {
      throw context.usage(e.getMessage());
    }
  }
}
