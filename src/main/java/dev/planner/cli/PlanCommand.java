package dev.planner.cli;

import dev.planner.model.Schedule;
import dev.planner.overflow.RiskReport;
import dev.planner.planning.DayPlan;
import dev.planner.rendering.OutputFormat;
import dev.planner.rendering.PlanRenderer;
import dev.planner.rendering.SessionRecords;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;


/** {@code planner plan}: the day plan, a primary session per time window with backups. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Plan a day: the talk to aim for in each time window, and where to go if its door is closed.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  planner plan --day wednesday",
      "  planner plan --day 2 --profile examples/profile.yaml --format json | jq '.windows[].primary.title'"
    })
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DayOption day;
  @Mixin ScheduleOptions scheduleOptions;
  @Mixin ProfileOptions profileOptions;
  @Mixin ModelOptions modelOptions;
  @Mixin OutputOptions output;
  @Mixin CommonOptions common;

  @Option(names = "--backups", paramLabel = "N", defaultValue = "2", description = "Backups per window (default: ${DEFAULT-VALUE}).")
  int backups;

  @Override
  public Integer call() throws Exception {
    CommandContext context = new CommandContext(spec, common);
    OutputFormat format = output.format(context, EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.CSV, OutputFormat.TSV, OutputFormat.MD,
        OutputFormat.ICS));
    if (backups < 0) {
      throw context.usage("--backups must not be negative, was " + backups);
    }
    Schedule schedule = scheduleOptions.load(context);
    LocalDate date = day.required(context, schedule);
    DayPlanning.PlannedDay planned = new DayPlanning(schedule, profileOptions.load(context),
        modelOptions.parameters(context), backups).plan(date);
    RiskReport report = planned.report();
    DayPlan plan = planned.plan();
    if (format == OutputFormat.ICS) {
      output.emit(context, CalendarFile.render(context, schedule, List.of(plan), output.output, CalendarFile.DEFAULT_REMINDER, false));
      return ExitCodes.OK;
    }
    PlanRenderer renderer = new PlanRenderer(schedule.roomsById(),
        session -> report.find(session.id()).map(SessionRecords::risk).orElse(Map.of()), output.palette(context));
    output.emit(context, renderer.render(plan, format, List.of()));
    return ExitCodes.OK;
  }
}
