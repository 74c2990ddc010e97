package dev.planner.planning;

import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.ranking.ScoredSession;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The expected worth of aiming for a session: the chance to get in given how early you arrive,
 * the backups you fall back on when its door is closed, and the hallway or recording after that.
 * Worth is interest plus one point per talk attended, so an empty profile still fills a day.
 */
final class WindowValuation {
  /** Points for being in any talk at all, on top of its interest. */
  static final double POINTS_PER_TALK = 1.0;
  /** Below this chance of a full room a primary needs no backups: the door will be open. */
  static final double REAL_CHANCE_OF_FULL = 0.1;
  /** A backup joined with less than this share of it left is no backup. */
  private static final double LEAST_SHARE_LEFT = 0.25;

  private final WalkMatrix walks;
  private final CrowdForecast forecast;
  private final PlanOptions options;

  WindowValuation(Schedule schedule, CrowdForecast forecast, PlanOptions options) {
    this.walks = new WalkMatrix(schedule, options.walkingPace());
    this.forecast = forecast;
    this.options = options;
  }

  /** Minutes on foot between two sessions' doors at the attendee's pace. */
  int walk(Session from, Session to) {
    return walks.minutes(from.room(), to.room());
  }

  WalkMatrix walks() {
    return walks;
  }

  double worth(ScoredSession scored) {
    return scored.interest() + POINTS_PER_TALK;
  }

  /** The chance to get in, zero for a room known to be full now. */
  double admission(Session session, double minutesEarly) {
    if (options.fullNow().contains(session.id())) {
      return 0;
    }
    return clamp(forecast.admission(session.id(), minutesEarly));
  }

  double fallbackWorth(ScoredSession primary) {
    return options.recordingValue() * primary.interest();
  }

  Fallback fallback() {
    return options.recordingValue() > 0 ? Fallback.RECORDING : Fallback.HALLWAY;
  }

  /**
   * The best sessions to try, in order, when the primary's door is closed at its start. Candidates
   * are weighed best bound first, and weighing stops once no bound can beat the backups found.
   */
  List<Backup> backups(ScoredSession primary, List<ScoredSession> candidates) {
    Session main = primary.session();
    if (options.backups() == 0 || forecast.pFull(main.id()) < REAL_CHANCE_OF_FULL) {
      return List.of();
    }
    List<Option> bounded = new ArrayList<>();
    for (ScoredSession candidate : candidates) {
      Session other = candidate.session();
      if (other.id().equals(main.id()) || !other.overlaps(main) || options.fullNow().contains(other.id())) {
        continue;
      }
      int walk = walk(main, other);
      double shareLeft = shareLeft(other, main.start().plusMinutes(walk));
      if (shareLeft >= LEAST_SHARE_LEFT) {
        bounded.add(new Option(candidate, walk, shareLeft, worth(candidate) * shareLeft));
      }
    }
    bounded.sort(Comparator.comparingDouble((Option o) -> -o.bound())
        .thenComparing(o -> o.scored().session().start())
        .thenComparing(o -> o.scored().session().id()));
    List<Weighed> weighed = new ArrayList<>();
    for (Option option : bounded) {
      if (weighed.size() >= options.backups() && option.bound() <= weighed.get(options.backups() - 1).worth()) {
        break;
      }
      // Spill only lowers a backup's chance: its chance alone bounds it, and costs far less to know.
      double alone = admission(option.scored().session(), minutesEarly(main, option)) * option.bound();
      if (weighed.size() >= options.backups() && alone <= weighed.get(options.backups() - 1).worth()) {
        continue;
      }
      Weighed candidate = weigh(main, option);
      if (candidate.worth() > fallbackWorth(primary)) {
        weighed.add(candidate);
        weighed.sort(Weighed.BEST_FIRST);
      }
    }
    return weighed.stream().limit(options.backups()).map(Weighed::backup).toList();
  }

  private Weighed weigh(Session main, Option option) {
    Session other = option.scored().session();
    double minutesEarly = minutesEarly(main, option);
    double conditional = clamp(forecast.pFullGivenFull(other.id(), main.id()));
    double chance = clamp(forecast.admissionGivenFull(other.id(), minutesEarly, conditional));
    double worth = chance * option.bound();
    Backup backup = new Backup(option.scored(), option.walk(), conditional, chance);
    return new Weighed(backup, worth);
  }

  /** Minutes before the backup's start that you reach its door, turned away at the primary's start. */
  private static double minutesEarly(Session main, Option option) {
    ZonedDateTime arrival = main.start().plusMinutes(option.walk());
    return Duration.between(arrival, option.scored().session().start()).toSeconds() / 60.0;
  }

  /** A possible backup before its chance of admission is known; the bound is its worth if admitted. */
  private record Option(ScoredSession scored, int walk, double shareLeft, double bound) {}

  /** A backup with its expected worth. */
  private record Weighed(Backup backup, double worth) {
    static final Comparator<Weighed> BEST_FIRST = Comparator.comparingDouble((Weighed w) -> -w.worth())
        .thenComparing(w -> w.backup().scored().session().start())
        .thenComparing(w -> w.backup().scored().session().id());
  }

  /** The window for a primary aimed at with a given lead, with its expectations. */
  PlanWindow window(ScoredSession primary, int leadMinutes, List<Backup> backups) {
    Session main = primary.session();
    return window(primary, main.start().minusMinutes(leadMinutes), admission(main, leadMinutes), false, backups);
  }

  /**
   * The window for a primary in the room of the talk before it, reached by keeping your seat: in if
   * you were in the talk before, else with the chance of arriving at its start.
   */
  PlanWindow staying(ScoredSession primary, PlanWindow before, List<Backup> backups) {
    Session main = primary.session();
    double chance = before.admission() + (1 - before.admission()) * admission(main, 0);
    ZonedDateTime seated = before.end().isBefore(main.start()) ? before.end() : main.start();
    return window(primary, seated, chance, true, backups);
  }

  private PlanWindow window(ScoredSession primary, ZonedDateTime arriveBy, double chance, boolean staying,
      List<Backup> backups) {
    Session main = primary.session();
    double backupInterest = 0;
    double backupTalks = 0;
    double stillOut = 1;
    for (Backup backup : backups) {
      double share = shareLeft(backup.scored().session(), main.start().plusMinutes(backup.walkMinutes()));
      backupInterest += stillOut * backup.admission() * backup.scored().interest() * share;
      backupTalks += stillOut * backup.admission() * share;
      stillOut *= 1 - backup.admission();
    }
    backupInterest += stillOut * fallbackWorth(primary);
    double interest = chance * primary.interest() + (1 - chance) * backupInterest;
    double talks = chance + (1 - chance) * backupTalks;
    return new PlanWindow(primary, arriveBy, staying, clamp(forecast.pFull(main.id())), clamp(chance),
        backups, fallback(), fallbackWorth(primary), interest, talks);
  }

  /** The objective the planners maximise: expected interest plus points per expected talk. */
  static double objective(PlanWindow window) {
    return window.expectedInterest() + POINTS_PER_TALK * window.expectedTalks();
  }

  /** The share of a session still to come when arriving at a time (1 when on time). */
  static double shareLeft(Session session, ZonedDateTime arrival) {
    if (!arrival.isAfter(session.start())) {
      return 1;
    }
    double total = session.duration().toSeconds();
    double left = Duration.between(arrival, session.end()).toSeconds();
    return Math.max(0, left / total);
  }

  private static double clamp(double chance) {
    return Math.max(0, Math.min(1, chance));
  }
}
