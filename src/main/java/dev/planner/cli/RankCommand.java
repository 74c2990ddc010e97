package dev.planner.cli;

import dev.planner.model.Profile;
import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.overflow.OverflowPredictor;
import dev.planner.overflow.RiskReport;
import dev.planner.overflow.SessionRisk;
import dev.planner.ranking.InterestScorer;
import dev.planner.ranking.MustSeeConflict;
import dev.planner.ranking.ScoredSession;
import dev.planner.ranking.ScoredSession.Contribution;
import dev.planner.rendering.Column;
import dev.planner.rendering.Listing;
import dev.planner.rendering.OutputFormat;
import dev.planner.rendering.SessionRecords;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code planner rank}: the day's sessions by interest for the profile, best first, optionally with
 * the terms that earned each score; overlapping must-see sessions are reported on stderr.
 */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Rank a day's sessions by how well they match your profile (interest 0-100 within the "
        + "day). Overlapping must-see sessions are reported on stderr; in JSON each session also "
        + "lists the must-see sessions it overlaps in 'conflicts'.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  planner rank --day wednesday --profile examples/profile.yaml --top 10",
      "  planner rank --day wed --explain --top 3",
      "  planner rank --day wed --by value --top 10",
      "  planner rank --day 1 --format json | jq -r '.[] | \"\\(.interest) \\(.title)\"'"
    })
final class RankCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DayOption day;
  @Mixin ScheduleOptions scheduleOptions;
  @Mixin ProfileOptions profileOptions;
  @Mixin OutputOptions output;
  @Mixin CommonOptions common;

  @Option(names = {"-n", "--top"}, paramLabel = "N", description = "Show only the N best sessions (default: all).")
  Integer top;

  @Option(names = "--explain", description = "Show each matched term, the field it matched in and the points it gave.")
  boolean explain;

  @Option(names = "--by", paramLabel = "ORDER", defaultValue = "interest", completionCandidates = CompletionValues.RankOrders.class,
      description = "Order by 'interest' (default) or 'value': interest x the chance to get in arriving at the start.")
  String by;

  @Mixin ModelOptions modelOptions;

  @Override
  public Integer call() throws Exception {
    CommandContext context = new CommandContext(spec, common);
    OutputFormat format = output.format(context,
        OutputFormat.records());
    if (top != null && top <= 0) {
      throw context.usage("--top must be a positive number, was " + top);
    }
    Schedule schedule = scheduleOptions.load(context);
    LocalDate date = day.required(context, schedule);
    Profile profile = profileOptions.load(context);
    InterestScorer scorer = new InterestScorer(schedule, profile);
    boolean byValue = parseOrder(context);
    RiskReport risks = new OverflowPredictor(modelOptions.parameters(context))
        .predictOn(schedule, date, profile.preferences().risk().targetAdmission());
    List<Ranked> ranked = order(scorer.scoreDay(date), risks, byValue);
    context.hint(byValue
        ? "ranked by value: interest x the chance to get in when arriving at the start"
        : "ranked by interest; '--by value' weighs it by the chance to get in");
    List<MustSeeConflict> conflicts = MustSeeReport.report(context, scorer, List.of(date));
    List<Ranked> shown = top == null ? ranked : ranked.subList(0, Math.min(top, ranked.size()));
    Listing listing = listing(shown, schedule.roomsById(), overlapsById(conflicts), format == OutputFormat.JSON);
    output.emit(context, output.listingRenderer(context).render(listing, format));
    return ExitCodes.OK;
  }

  private static Map<SessionId, TreeSet<String>> overlapsById(List<MustSeeConflict> conflicts) {
    Map<SessionId, TreeSet<String>> overlaps = new TreeMap<>();
    for (MustSeeConflict conflict : conflicts) {
      overlaps.computeIfAbsent(conflict.first().id(), id -> new TreeSet<>()).add(conflict.second().id().value());
      overlaps.computeIfAbsent(conflict.second().id(), id -> new TreeSet<>()).add(conflict.first().id().value());
    }
    return overlaps;
  }

  /** A scored session with its forecast (empty for sessions the model does not forecast) and its value. */
  private record Ranked(ScoredSession scored, Optional<SessionRisk> risk, double chanceAtStart) {
    double value() {
      return scored.interest() * chanceAtStart;
    }
  }

  private boolean parseOrder(CommandContext context) {
    return switch (by.strip().toLowerCase(Locale.ROOT)) {
      case "interest" -> false;
      case "value" -> true;
      default -> throw context.usage("--by must be 'interest' or 'value', not '" + by + "'");
    };
  }

  /** Interest order as the scorer gives it, or by value, then interest, start and id. */
  private static List<Ranked> order(List<ScoredSession> scored, RiskReport risks, boolean byValue) {
    List<Ranked> ranked = new ArrayList<>();
    for (ScoredSession session : scored) {
      SessionId id = session.session().id();
      double chance = risks.admissionCurve(id).map(curve -> curve.chanceArriving(0)).orElse(1.0);
      ranked.add(new Ranked(session, risks.find(id), chance));
    }
    if (byValue) {
      ranked.sort(Comparator.comparingDouble(Ranked::value).reversed()
          .thenComparing(Comparator.comparingDouble((Ranked r) -> r.scored().interest()).reversed())
          .thenComparing(r -> r.scored().session().start())
          .thenComparing(r -> r.scored().session().id().value()));
    }
    return ranked;
  }

  private Listing listing(
      List<Ranked> shown, Map<RoomId, Room> rooms, Map<SessionId, TreeSet<String>> overlaps, boolean json) {
    List<Map<String, Object>> records = new ArrayList<>();
    int rank = 0;
    for (Ranked entry : shown) {
      ScoredSession scored = entry.scored();
      Session session = scored.session();
      Map<String, Object> record = SessionRecords.of(session, rooms.get(session.room()));
      record.put("rank", ++rank);
      record.put("interest", scored.interest());
      entry.risk().ifPresent(risk -> record.putAll(SessionRecords.risk(risk)));
      record.put("chanceAtStart", Math.round(entry.chanceAtStart() * 1000) / 1000.0);
      record.put("value", Math.round(entry.value() * 10) / 10.0);
      record.put("conflicts", List.copyOf(overlaps.getOrDefault(session.id(), new TreeSet<>())));
      if (explain && json) {
        record.put("reasons", scored.contributions().stream().map(RankCommand::reason).toList());
      } else if (explain) {
        record.put("why", scored.contributions().stream().map(RankCommand::why).toList());
      }
      records.add(record);
    }
    List<Column> columns = new ArrayList<>(List.of(
        Column.right("rank", "#"), Column.right("interest", "Interest"), Column.right("pFull", "P(full)"),
        Column.right("value", "Value"), Column.left("start", "Start"),
        Column.place("room", "Room"), Column.title("title", "Title")));
    if (explain) {
      columns.add(Column.text("why", "Why"));
    }
    return new Listing(columns, records);
  }

  private static Map<String, Object> reason(Contribution contribution) {
    Map<String, Object> reason = new LinkedHashMap<>();
    reason.put("term", contribution.term());
    reason.put("field", contribution.field());
    reason.put("points", contribution.points());
    return reason;
  }

  /** One reason as a person reads it: {@code crossplane in title +45.2}. */
  private static String why(Contribution contribution) {
    // Locale.US writes numbers as the root locale does, and is the one a formatter knows without
    // first reading the JDK's locale data.
    String points = String.format(Locale.US, "%+.1f", contribution.points());
    if (contribution.field().equals(InterestScorer.MUST_SEE_FIELD)) {
      return "must-see " + points;
    }
    return contribution.term() + " in " + contribution.field() + " " + points;
  }
}
