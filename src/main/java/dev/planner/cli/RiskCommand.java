package dev.planner.cli;

import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.SessionId;
import dev.planner.overflow.ModelTerm;
import dev.planner.overflow.OverflowPredictor;
import dev.planner.inference.Assumption;
import dev.planner.overflow.RiskExplanation;
import dev.planner.overflow.RiskLevel;
import dev.planner.overflow.RiskReport;
import dev.planner.overflow.SessionRisk;
import dev.planner.rendering.Column;
import dev.planner.rendering.Listing;
import dev.planner.rendering.OutputFormat;
import dev.planner.rendering.RiskGrid;
import dev.planner.rendering.RiskGridRenderer;
import dev.planner.rendering.SessionRecords;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planner risk}: the chance each room turns people away, and when to arrive. */
@Command(
    name = "risk",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Predict which rooms will be full: expected demand, P(full), level and arrive-by per session.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  planner risk --day wed --min-risk high",
      "  planner risk --day wed --grid",
      "  planner risk --explain 4f3a --model my-model.yaml"
    })
final class RiskCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DayOption day;
  @Mixin ScheduleOptions scheduleOptions;
  @Mixin ProfileOptions profileOptions;
  @Mixin OutputOptions output;
  @Mixin CommonOptions common;

  @Mixin ModelOptions modelOptions;

  @Option(names = "--min-risk", paramLabel = "LEVEL", completionCandidates = CompletionValues.RiskLevels.class, description = "Only sessions at or above LEVEL: low, medium or high.")
  String minRisk;

  @Option(names = "--explain", paramLabel = "ID", description = "Show the arithmetic for one session.")
  String explain;

  @Option(names = "--grid", description = {
      "Draw the day as a picture: rooms down, time across, each cell shaded by P(full).",
      "Fits the terminal width (COLUMNS, default 80); colour on a terminal, density characters otherwise."})
  boolean grid;

  @Override
  public Integer call() throws Exception {
    CommandContext context = new CommandContext(spec, common);
    OutputFormat format = output.format(context, OutputFormat.records());
    RiskLevel floor = parseLevel(context);
    Schedule schedule = scheduleOptions.load(context);
    Optional<LocalDate> onDay = day.resolve(context, schedule);
    double target = profileOptions.load(context).preferences().risk().targetAdmission();
    Optional<SessionId> explained = explain == null ? Optional.empty()
        : Optional.of(SessionNames.session(context, schedule, "--explain", explain)
            .orElseThrow(() -> context.usage("--explain: no session '" + explain + "' in this schedule")).id());
    RiskReport report = forecast(context, schedule, onDay, explained, target);
    if (explained.isPresent()) {
      RiskExplanation explanation = report.explain(explained.get())
          .orElseThrow(() -> context.usage("no forecast for session '" + explain + "' (unknown id or not a talk)"));
      output.emit(context, explanationText(explanation)
          + assumptionsText(schedule, scheduleOptions.assumptions(), rooms(schedule, explanation)));
      return ExitCodes.OK;
    }
    Map<RoomId, Room> rooms = schedule.roomsById();
    if (grid) {
      LocalDate date = onDay.orElseThrow(() -> context.usage("--grid draws one day: give --day"));
      RiskGrid picture = RiskGrid.of(date, report.day(date).atLeast(floor), rooms);
      output.emit(context, new RiskGridRenderer(output.palette(context), terminalWidth(context)).render(picture));
      return ExitCodes.OK;
    }
    Optional<Map<SessionId, String>> observed = onDay.isPresent()
        ? ObservedSessions.on(ObservationLog.of(context.environment(), schedule), onDay.get())
        : Optional.empty();
    List<Map<String, Object>> records = new ArrayList<>();
    Map<String, String> shortIds = ShortIds.of(schedule);
    for (SessionRisk risk : report.sessions()) {
      boolean onWantedDay = onDay.map(date -> risk.session().start().toLocalDate().equals(date)).orElse(true);
      if (onWantedDay && risk.level().compareTo(floor) >= 0) {
        Map<String, Object> record = record(risk, rooms.get(risk.session().room()));
        if (format != OutputFormat.JSON) {
          record.put("arriveBy", SessionRecords.arriveByCell(risk));
        }
        if (format == OutputFormat.TABLE || format == OutputFormat.MD) {
          // Tables show the shortest start of the id that names it; scripts get the whole id.
          record.put("id", shortIds.get(risk.id().value()));
        }
        observed.ifPresent(seen -> record.put(ObservedSessions.FIELD, seen.get(risk.id())));
        records.add(record);
      }
    }
    List<Column> columns = new ArrayList<>(List.of(
        Column.left("start", "Start"), Column.place("room", "Room"), Column.right("capacity", "Seats"),
        Column.optional("expectedDemand", "Demand"), Column.optional("fillPercent", "Fill %"), Column.right("pFull", "P(full)"),
        new Column("level", "Level", false, Column.Fit.OPTIONAL), Column.left("arriveBy", "Arrive by")));
    if (observed.isPresent()) {
      columns.add(Column.left(ObservedSessions.FIELD, "Observed"));
    }
    columns.add(Column.title("title", "Title"));
    columns.add(Column.left("id", "Id"));
    Listing listing = new Listing(columns, records);
    output.emit(context, output.listingRenderer(context).render(listing, format));
    return ExitCodes.OK;
  }

  /** The terminal's columns from {@code COLUMNS}; the default width when unset or not a number. */
  private static int terminalWidth(CommandContext context) {
    return context.environment().columns().orElse(RiskGridRenderer.DEFAULT_WIDTH);
  }

  /**
   * The forecast of the day asked for (or of the session to explain), as plan computes it; of the
   * whole schedule only when no day is named.
   */
  private RiskReport forecast(CommandContext context, Schedule schedule, Optional<LocalDate> onDay,
      Optional<SessionId> explained, double target) throws Exception {
    OverflowPredictor predictor = new OverflowPredictor(modelOptions.parameters(context));
    Optional<LocalDate> day = onDay.or(() -> explained.flatMap(schedule::session).map(session -> session.start().toLocalDate()));
    return day.isPresent() ? predictor.predictOn(schedule, day.get(), target) : predictor.predict(schedule, target);
  }

  private RiskLevel parseLevel(CommandContext context) {
    if (minRisk == null) {
      return RiskLevel.LOW;
    }
    try {
      return RiskLevel.fromLabel(minRisk);
    } catch (IllegalArgumentException e) {
      throw context.usage("--min-risk must be low, medium or high, not '" + minRisk + "'");
    }
  }

  private static Map<String, Object> record(SessionRisk risk, Room room) {
    Map<String, Object> record = SessionRecords.of(risk.session(), room);
    record.putAll(SessionRecords.risk(risk));
    return record;
  }

  // The explanation's numbers are written in Locale.US, as the root locale writes them: it is the one
  // locale a formatter knows without first reading the JDK's locale data.
  private static String explanationText(RiskExplanation explanation) {
    SessionRisk risk = explanation.risk();
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    out.printf(Locale.US, "%s  %s%n", risk.id(), risk.session().title());
    out.printf(Locale.US, "People in sessions at %s:%n", risk.session().start().toLocalTime());
    for (ModelTerm term : risk.attendanceTerms()) {
      out.printf(Locale.US, "  %-32s %10.3f%n", term.name(), term.value());
    }
    out.printf(Locale.US, "  %-32s %10.1f%n", "= M(t)", risk.peopleInSessions());
    out.printf(Locale.US, "Score terms:%n");
    for (ModelTerm term : risk.utilityTerms()) {
      out.printf(Locale.US, "  %-32s %+10.3f%n", term.name(), term.value());
    }
    out.printf(Locale.US, "  %-32s %+10.3f%n", "= utility", risk.utility());
    out.printf(Locale.US, "Shares against %d sessions running at the same time (each counts by its overlap):%n",
        explanation.competitors().size());
    out.printf(Locale.US, "  %-32s %10.3f  (utility %+.3f)%n", "this session", risk.share(), risk.utility());
    out.printf(Locale.US, "  %-32s %10.3f  (utility %+.3f)%n", "hallway", explanation.hallwayShare(), explanation.hallwayUtility());
    for (RiskExplanation.CompetitorShare other : explanation.competitors()) {
      out.printf(Locale.US, "  %-32s %10.3f  (utility %+.3f, overlap %.2f)%n", abbreviate(other.title()), other.share(),
          other.utility(), other.overlap());
    }
    out.printf(Locale.US, "Expected demand  %.1f = %.1f x %.3f%n", risk.expectedDemand(), risk.peopleInSessions(), risk.share());
    out.printf(Locale.US, "Capacity         %d seats, doors close at %.1f%n", risk.capacity(), risk.effectiveCapacity());
    out.printf(Locale.US, "Fill             %.0f%%%n", risk.fillRatio() * 100);
    out.printf(Locale.US, "P(full)          %.3f (%s)%n", risk.pFull(), risk.level().label());
    if (risk.targetReachable()) {
      out.printf(Locale.US, "Arriving at the start: %.0f%% chance to get in; arrive by %s for %.0f%%%n",
          explanation.chanceArrivingAtStart() * 100, risk.arriveBy().toLocalTime(), explanation.targetAdmission() * 100);
    } else {
      out.printf(Locale.US, "Arriving at the start: %.0f%% chance to get in; %.0f%% is out of reach: at most %.0f%% "
          + "arriving at %s, the arrival window's earliest%n", explanation.chanceArrivingAtStart() * 100,
          explanation.targetAdmission() * 100, risk.chanceAtArriveBy() * 100, risk.arriveBy().toLocalTime());
    }
    out.flush();
    return text.toString();
  }

  private static Room rooms(Schedule schedule, RiskExplanation explanation) {
    return schedule.roomOf(explanation.risk().session());
  }

  /** Every assumption behind a forecast: what inference filled in, and the doubt it carries. */
  private static String assumptionsText(Schedule schedule, List<Assumption> assumptions, Room room) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    out.printf(Locale.US, "Assumptions:%n");
    out.printf(Locale.US, "  attendance %,d%s%n", schedule.attendees(), schedule.attendanceDoubt() > 0
        ? String.format(Locale.US, ", inferred: likely %,d to %,d", schedule.attendeesLow(), schedule.attendeesHigh())
        : ", as given");
    out.printf(Locale.US, "  seats %d, %s%s%n", room.capacity(), room.capacitySource().label(), room.capacityDoubt() > 0
        ? String.format(Locale.US, ", likely %d to %d", room.capacityLow(), room.capacityHigh()) : "");
    for (Assumption assumption : assumptions) {
      out.printf(Locale.US, "  %s%n", assumption.line());
    }
    if (schedule.attendanceDoubt() > 0 || room.capacityDoubt() > 0) {
      out.printf(Locale.US, "  P(full) averages over these doubts as over the slot's surge or lull%n");
    }
    out.flush();
    return text.toString();
  }

  private static String abbreviate(String title) {
    return title.length() > 32 ? title.substring(0, 31) + "…" : title;
  }
}
