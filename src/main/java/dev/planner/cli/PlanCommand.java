package dev.planner.cli;

import dev.planner.model.Profile;
import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.planning.DayPlan;
import dev.planner.planning.DayPlanner;
import dev.planner.planning.PlanWindow;
import dev.planner.ranking.InterestScorer;
import dev.planner.ranking.ScoredSession;
import dev.planner.rendering.Column;
import dev.planner.rendering.Json;
import dev.planner.rendering.Listing;
import dev.planner.rendering.ListingRenderer;
import dev.planner.rendering.OutputFormat;
import dev.planner.rendering.SessionRecords;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

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
    DayPlan plan = new DayPlanner(schedule, backups).plan(date, scored);
    Map<RoomId, Room> rooms = schedule.roomsById();
    String rendered = format == OutputFormat.JSON
        ? Json.write(planRecord(plan, rooms))
        : new ListingRenderer(output.palette(context)).render(windowListing(plan, rooms), format);
    output.emit(context, rendered);
    return ExitCodes.OK;
  }

  private static Map<String, Object> planRecord(DayPlan plan, Map<RoomId, Room> rooms) {
    List<Map<String, Object>> windows = new ArrayList<>();
    for (PlanWindow window : plan.windows()) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("start", window.start());
      record.put("end", window.end());
      record.put("primary", sessionRecord(window.primary(), rooms));
      record.put("backups", window.backups().stream().map(backup -> sessionRecord(backup, rooms)).toList());
      windows.add(record);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("talks", plan.windows().size());
    summary.put("totalInterest", plan.totalInterest());
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("day", plan.day());
    record.put("windows", windows);
    record.put("summary", summary);
    return record;
  }

  private static Map<String, Object> sessionRecord(ScoredSession scored, Map<RoomId, Room> rooms) {
    Map<String, Object> record = SessionRecords.of(scored.session(), rooms.get(scored.session().room()));
    record.put("interest", scored.interest());
    return record;
  }

  private static Listing windowListing(DayPlan plan, Map<RoomId, Room> rooms) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (PlanWindow window : plan.windows()) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("time", CLOCK.format(window.start()) + "-" + CLOCK.format(window.end()));
      record.put("title", window.primary().session().title());
      record.put("room", rooms.get(window.primary().session().room()).name());
      record.put("interest", window.primary().interest());
      record.put("backups", window.backups().stream().map(backup -> backup.session().title()).toList());
      records.add(record);
    }
    return new Listing(List.of(
        Column.left("time", "Time"), Column.right("interest", "Interest"), Column.left("room", "Room"),
        Column.left("title", "Talk"), Column.left("backups", "Backups")), records);
  }
}
