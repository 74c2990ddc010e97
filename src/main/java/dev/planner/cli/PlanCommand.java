package dev.planner.cli;

import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.planning.CrowdForecast;
import dev.planner.planning.DayPlan;
import dev.planner.planning.DayPlanner;
import dev.planner.planning.PlanOptions;
import dev.planner.ranking.InterestScorer;
import dev.planner.ranking.ScoredSession;
import dev.planner.rendering.OutputFormat;
import dev.planner.rendering.PlanRenderer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  @Mixin OutputOptions output;
  @Mixin CommonOptions common;

  @Option(names = "--backups", paramLabel = "N", defaultValue = "2", description = "Backups per window (default: ${DEFAULT-VALUE}).")
  int backups;

  @Override
  public Integer call() throws Exception {
    CommandContext context = new CommandContext(spec, common);
    OutputFormat format = output.format(context, EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.CSV, OutputFormat.TSV, OutputFormat.MD));
    if (backups < 0) {
      throw context.usage("--backups must not be negative, was " + backups);
    }
    Schedule schedule = scheduleOptions.load(context);
    LocalDate date = day.required(context, schedule);
    Profile profile = profileOptions.load(context);
    List<ScoredSession> scored = new InterestScorer(schedule, profile).scoreDay(date);
    PlanOptions options = new PlanOptions(backups, PlanOptions.DEFAULT_LEADS, profile.preferences().walkingPace(),
        profile.preferences().recordingValue(), Optional.empty(), Set.of(), Optional.empty());
    DayPlan plan = new DayPlanner(schedule, CrowdForecast.NEVER_FULL, options).plan(date, scored, profile);
    PlanRenderer renderer = new PlanRenderer(schedule.roomsById(), session -> Map.of(), output.palette(context));
    output.emit(context, renderer.render(plan, format, List.of()));
    return ExitCodes.OK;
  }
}
