package dev.planner.cli;

import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.overflow.RiskReport;
import dev.planner.overflow.SessionRisk;
import dev.planner.planning.DayPlan;
import dev.planner.planning.NaivePlanner;
import dev.planner.planning.PlanEvaluator;
import dev.planner.planning.PlanOptions;
import dev.planner.ranking.InterestScorer;
import dev.planner.ranking.MustSeeConflict;
import dev.planner.rendering.Column;
import dev.planner.rendering.HtmlDayPage;
import dev.planner.rendering.Json;
import dev.planner.rendering.Listing;
import dev.planner.rendering.ListingRenderer;
import dev.planner.rendering.OutputFormat;
import dev.planner.rendering.Palette;
import dev.planner.rendering.PlanRenderer;
import dev.planner.rendering.SessionRecords;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
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

  @Mixin DuringTheDayOptions during;

  @Option(names = "--evaluate",
      description = "Play the day many times on simulated days (walking, leaving early, closed doors, backups in order) "
          + "and compare this plan with the naive one (highest interest, no backups, arriving at the start).")
  boolean evaluate;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "20000", description = "Runs for --evaluate (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed for --evaluate (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--fill",
      description = "Fill the day: also book talks your profile is indifferent to, where nothing matches it "
          + "(never the ones it avoids). Without a profile every talk counts and the day is always filled.")
  boolean fill;

  @Option(names = "--backups", paramLabel = "N", defaultValue = "2", description = "Backups per window (default: ${DEFAULT-VALUE}).")
  int backups;

  @Override
  public Integer call() throws Exception {
    CommandContext context = new CommandContext(spec, common);
    OutputFormat format = output.format(context, calendarAndPage(OutputFormat.records()));
    if (backups < 0) {
      throw context.usage("--backups must not be negative, was " + backups);
    }
    if (evaluate && (format == OutputFormat.ICS || format == OutputFormat.HTML)) {
      throw context.usage("--evaluate compares plans as a table, csv, tsv, md or json, not " + format.label());
    }
    Schedule schedule = scheduleOptions.load(context);
    LocalDate date = day.required(context, schedule);
    Profile profile = profileOptions.load(context);
    DayPlanning planning = new DayPlanning(schedule, profile, modelOptions.parameters(context));
    DayPlanning.ForecastDay forecastDay = planning.forecast(date);
    InterestScorer scorer = forecastDay.scorer();
    RiskReport report = forecastDay.report();
    Optional<ZonedDateTime> now = during.now(context, schedule, date);
    PlanOptions options = planning.options(backups, now, during.fullNow(context, schedule, date, now), during.attended(context, schedule))
        .withFill(fill);
    DayPlan plan = planning.plan(forecastDay, options);
    MustSeeReport.report(context, scorer, List.of(date));
    MustSeeOutsideThePlan.report(context, schedule, profile, date, plan, options);
    if (evaluate) {
      DayPlan naive = new NaivePlanner(schedule, forecastDay.forecast(), options).plan(date, forecastDay.scored(), profile);
      output.emit(context, evaluation(planning.evaluator(forecastDay, options, positiveRuns(), seed), plan, naive, format));
      return ExitCodes.OK;
    }
    if (format == OutputFormat.ICS) {
      output.emit(context, CalendarFile.render(context, schedule, List.of(plan), output.output, CalendarFile.DEFAULT_REMINDER, false));
      return ExitCodes.OK;
    }
    if (format == OutputFormat.HTML) {
      output.emit(context, new HtmlDayPage(schedule, report).render(plan));
      return ExitCodes.OK;
    }
    PlanRenderer renderer = new PlanRenderer(schedule.roomsById(),
        new RiskFields(report), output.palette(context),
        output.tableWidth(context));
    output.emit(context, renderer.render(plan, format, conflicts(scorer, date)));
    return ExitCodes.OK;
  }

  private static List<Map<String, Object>> conflicts(InterestScorer scorer, LocalDate date) {
    List<Map<String, Object>> conflicts = new ArrayList<>();
    for (MustSeeConflict conflict : scorer.mustSeeConflicts()) {
      if (conflict.first().start().toLocalDate().equals(date)) {
        conflicts.add(Map.of("first", conflict.first().id().value(), "second", conflict.second().id().value()));
      }
    }
    return List.copyOf(conflicts);
  }

  /**
   * A session's risk columns for the plan's rows, empty for a session the report does not hold. A
   * class rather than a lambda, as is the rest of a plan's path: linking each lambda costs a short
   * run a fraction of a millisecond.
   */
  private static final class RiskFields implements Function<Session, Map<String, Object>> {
    private final RiskReport report;

    RiskFields(RiskReport report) {
      this.report = report;
    }

    @Override
    public Map<String, Object> apply(Session session) {
      Optional<SessionRisk> risk = report.find(session.id());
      return risk.isPresent() ? SessionRecords.risk(risk.get()) : Map.of();
    }
  }

  private int positiveRuns() {
    if (runs <= 0) {
      throw new UsageException("--runs must be positive, was " + runs);
    }
    return runs;
  }

  private String evaluation(PlanEvaluator evaluator, DayPlan plan, DayPlan naive, OutputFormat format) {
    List<Map<String, Object>> records = List.of(
        evaluationRecord("plan", plan, evaluator.evaluate(plan)),
        evaluationRecord("naive", naive, evaluator.evaluate(naive)));
    if (format == OutputFormat.JSON) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("day", plan.day());
      record.put("runs", runs);
      record.put("seed", seed);
      record.put("plans", records);
      return Json.write(record);
    }
    Listing listing = new Listing(List.of(
        Column.left("plan", "Plan"), Column.right("windows", "Windows"), Column.right("expectedInterest", "Interest"),
        Column.right("expectedTalks", "Talks"), Column.right("pTurnedAwayAtLeastOnce", "P(turned away)")), records);
    return new ListingRenderer(Palette.PLAIN).render(listing, format);
  }

  private static Map<String, Object> evaluationRecord(String name, DayPlan plan, PlanEvaluator.Evaluation result) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("plan", name);
    record.put("windows", plan.windows().size());
    record.put("expectedInterest", Math.round(result.interest() * 10) / 10.0);
    record.put("interestStandardError", Math.round(result.interestStandardError() * 100) / 100.0);
    record.put("expectedTalks", Math.round(result.talks() * 100) / 100.0);
    record.put("pTurnedAwayAtLeastOnce", Math.round(result.pTurnedAwayAtLeastOnce() * 1000) / 1000.0);
    return record;
  }

  /** The record formats, and the calendar and the day page that only a plan can be. */
  private static Set<OutputFormat> calendarAndPage(Set<OutputFormat> records) {
    Set<OutputFormat> formats = EnumSet.copyOf(records);
    formats.add(OutputFormat.ICS);
    formats.add(OutputFormat.HTML);
    return formats;
  }
}
