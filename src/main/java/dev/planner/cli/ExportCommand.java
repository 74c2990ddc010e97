package dev.planner.cli;

import dev.planner.model.DaySelector;
import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.planning.DayPlan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planner export}: the plan of one or more days as an iCalendar file for a calendar app. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Export the plan of one or more days as an iCalendar (.ics) file. An event per talk in "
        + "the plan, with an alarm at the arrive-by time when the room may be full. Exporting again "
        + "into the same file updates the events that changed, so calendar apps move them instead "
        + "of duplicating them.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  planner export --day wed -o kubecon.ics",
      "  planner export --all-days --include-backups --reminder 5 -o kubecon.ics"
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Days days;

  @Mixin ScheduleOptions scheduleOptions;
  @Mixin ProfileOptions profileOptions;
  @Mixin ModelOptions modelOptions;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (replaced whole, never half-written) instead of stdout. "
          + "When FILE holds an earlier export, unchanged events keep their SEQUENCE and LAST-MODIFIED.")
  Path output;

  @Option(names = "--include-backups", description = "Add the backups as tentative events that do not block the day.")
  boolean includeBackups;

  @Option(names = "--reminder", paramLabel = "MINUTES", defaultValue = "" + CalendarFile.DEFAULT_REMINDER,
      description = "Alarm this many minutes before talks not at risk (default: ${DEFAULT-VALUE}); "
          + "talks at risk ring at their arrive-by time.")
  int reminder;

  @Option(names = "--backups", paramLabel = "N", defaultValue = "2", description = "Backups per window (default: ${DEFAULT-VALUE}).")
  int backups;

  @Mixin CommonOptions common;

  /** Which days: some named ones, or all of them. */
  static final class Days {
    @Option(names = {"-d", "--day"}, paramLabel = "DAY", required = true,
        description = "A conference day to export (repeatable): a weekday, an ISO date or a day number.")
    List<String> named;

    @Option(names = "--all-days", required = true, description = "Export every day of the conference.")
    boolean all;
  }

  @Override
  public Integer call() throws Exception {
    CommandContext context = new CommandContext(spec, common);
    if (backups < 0) {
      throw context.usage("--backups must not be negative, was " + backups);
    }
    Schedule schedule = scheduleOptions.load(context);
    Profile profile = profileOptions.load(context);
    DayPlanning planning = new DayPlanning(schedule, profile, modelOptions.parameters(context));
    List<LocalDate> dates = dates(context, schedule);
    MustSeeReport.report(context, planning.scorer(), dates);
    List<DayPlan> plans = new ArrayList<>();
    for (LocalDate date : dates) {
      plans.add(planning.planAhead(date, backups));
    }
    String calendar = CalendarFile.render(context, schedule, plans, output, reminder, includeBackups);
    OutputOptions.emit(context, output, calendar);
    return ExitCodes.OK;
  }

  private List<LocalDate> dates(CommandContext context, Schedule schedule) {
    if (days == null) {
      throw context.usage("say which days: --day DAY (repeatable) or --all-days; this schedule's days are: "
          + DaySelector.describe(schedule.days()));
    }
    if (days.all) {
      return schedule.days();
    }
    List<LocalDate> dates = new ArrayList<>();
    for (String name : days.named) {
      LocalDate date = DayOption.resolve(context, name, schedule);
      if (!dates.contains(date)) {
        dates.add(date);
      }
    }
    return dates;
  }
}
