package dev.planner.planning;

import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.overflow.BackupAdmission;
import dev.planner.ranking.ScoredSession;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The expected worth of aiming for a session: the chance to get in given how early you arrive, the
 * backups you walk to in turn when its door is closed, and the hallway or recording after that. Every
 * session counts only for the part of it you sit through: from when you are in (a backup's start, or
 * your arrival when later) to its end, or to when you must leave for the next window's door.
 */
final class WindowValuation {
  /** Below this chance of a full room a primary needs no backups: the door will be open. */
  static final double REAL_CHANCE_OF_FULL = 0.1;
  /** A backup joined with less than this share of it left is no backup. */
  private static final double LEAST_SHARE_LEFT = 0.25;
  /**
   * A session that started more than this before the primary is under way, no backup: joining it
   * midway is a poor fallback, and it would overlap the window before as well, whose backup it may be.
   */
  static final int BACKUP_HEAD_START_MINUTES = 10;

  private final WalkMatrix walks;
  private final CrowdForecast forecast;
  private final PlanOptions options;
  private final WorthScale scale;
  /** What leaving each window early costs, worked out once: the path search prices it for many doors. */
  private final Map<PlanWindow, LeavingCost> leavingCosts = new IdentityHashMap<>();

  WindowValuation(Schedule schedule, CrowdForecast forecast, PlanOptions options, WorthScale scale) {
    this.walks = new WalkMatrix(schedule, options.walkingPace());
    this.forecast = forecast;
    this.options = options;
    this.scale = scale;
  }

  /** Minutes on foot between two sessions' doors at the attendee's pace. */
  int walk(Session from, Session to) {
    return walks.minutes(from.room(), to.room());
  }

  WalkMatrix walks() {
    return walks;
  }

  WorthScale scale() {
    return scale;
  }

  double worth(ScoredSession scored) {
    return scale.worth(scored);
  }

  /** The chance to get in, zero for a room known to be full now. */
  double admission(Session session, double minutesEarly) {
    if (options.fullNow().contains(session.id())) {
      return 0;
    }
    return clamp(forecast.admission(session.id(), minutesEarly));
  }

  /** What is left when every door is closed: the recording's share of the primary's interest, if valued. */
  double fallbackInterest(ScoredSession primary) {
    return options.recordingValue() * Math.max(0, scale.interest(primary));
  }

  Fallback fallback() {
    return options.recordingValue() > 0 ? Fallback.RECORDING : Fallback.HALLWAY;
  }

  /**
   * The best sessions to try, in order, when the primary's door is closed at its start. Candidates
   * are weighed best bound first (each as if walked to straight from the primary), weighing stops
   * once no bound can beat the backups found, and the chosen ones are then walked in turn, each from
   * the door before it.
   */
  List<Backup> backups(ScoredSession primary, List<ScoredSession> candidates) {
    Session main = primary.session();
    if (options.backups() == 0 || forecast.pFull(main.id()) < REAL_CHANCE_OF_FULL) {
      return List.of();
    }
    // Times on the instant time-line, as a ZonedDateTime adds minutes, without asking the zone's rules for each candidate.
    Instant start = main.start().toInstant();
    Instant earliestStart = start.minusSeconds(60L * BACKUP_HEAD_START_MINUTES);
    List<Option> bounded = new ArrayList<>();
    for (ScoredSession candidate : candidates) {
      Session other = candidate.session();
      if (other.id().equals(main.id()) || !other.overlaps(main) || options.fullNow().contains(other.id())
          || other.start().toInstant().isBefore(earliestStart)) {
        continue;
      }
      int walk = walk(main, other);
      double shareLeft = shareLeft(other, start.getEpochSecond() + 60L * walk);
      if (shareLeft >= LEAST_SHARE_LEFT) {
        bounded.add(new Option(candidate, walk, shareLeft, worth(candidate) * shareLeft));
      }
    }
    bounded.sort(Option.BEST_BOUND_FIRST);
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
      if (candidate.worth() > fallbackInterest(primary)) {
        weighed.add(candidate);
        weighed.sort(Weighed.BEST_FIRST);
      }
    }
    List<Backup> chosen = new ArrayList<>(Math.min(options.backups(), weighed.size()));
    for (Weighed each : weighed.subList(0, Math.min(options.backups(), weighed.size()))) {
      chosen.add(new Backup(each.scored(), 0, main.start(), each.pFullGivenPrimaryFull(), 0));
    }
    return walkedInTurn(main, chosen);
  }

  private Weighed weigh(Session main, Option option) {
    Session other = option.scored().session();
    double conditional = clamp(forecast.pFullGivenFull(other.id(), main.id()));
    double chance = BackupAdmission.givenPrimaryFull(admission(other, minutesEarly(main, option)),
        clamp(forecast.pFull(other.id())), conditional);
    return new Weighed(option.scored(), conditional, chance * option.bound());
  }

  /** Backups as you meet them: each door reached from the one before, turned away at the primary's start. */
  private List<Backup> walkedInTurn(Session main, List<Backup> chosen) {
    List<Backup> backups = new ArrayList<>();
    ZonedDateTime at = main.start();
    RoomId from = main.room();
    for (Backup each : chosen) {
      Session other = each.scored().session();
      int walk = walks.minutes(from, other.room());
      ZonedDateTime arrival = at.plusMinutes(walk);
      double minutesEarly = Duration.between(arrival, other.start()).toSeconds() / 60.0;
      double chance = BackupAdmission.givenPrimaryFull(admission(other, minutesEarly),
          clamp(forecast.pFull(other.id())), each.pFullGivenPrimaryFull());
      backups.add(new Backup(each.scored(), walk, arrival, each.pFullGivenPrimaryFull(), chance));
      at = arrival;
      from = other.room();
    }
    return backups;
  }

  /** Whether two windows name the same session among their backups. */
  static boolean shareABackup(PlanWindow first, List<Backup> second) {
    if (second.isEmpty()) {
      // Most windows have no backups: the path search asks this of every pair of nearby states.
      return false;
    }
    for (Backup mine : first.backups()) {
      for (Backup theirs : second) {
        if (mine.scored().session().id().equals(theirs.scored().session().id())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A window without the backups that the window before it already names, the others walked to in
   * turn again: one session is never a backup of two windows in a row.
   */
  PlanWindow withoutBackupsOf(PlanWindow window, PlanWindow before) {
    if (!shareABackup(before, window.backups())) {
      return window;
    }
    List<Backup> kept = new ArrayList<>();
    for (Backup backup : window.backups()) {
      if (!shareABackup(before, List.of(backup))) {
        kept.add(backup);
      }
    }
    return window(window.primary(), window.arriveBy(), window.admission(), window.staysSeated(),
        walkedInTurn(window.primary().session(), kept), Optional.empty());
  }

  /** Minutes before the backup's start that you reach its door, turned away at the primary's start. */
  private static double minutesEarly(Session main, Option option) {
    Instant arrival = main.start().toInstant().plusSeconds(60L * option.walk());
    return Duration.between(arrival, option.scored().session().start().toInstant()).toSeconds() / 60.0;
  }

  /** A possible backup before its chance of admission is known; the bound is its worth if admitted. */
  private record Option(ScoredSession scored, int walk, double shareLeft, double bound) {
    static final Comparator<Option> BEST_BOUND_FIRST = new Comparator<>() {
      @Override
      public int compare(Option a, Option b) {
        return ScoredSession.compareByValue(a.bound(), a.scored(), b.bound(), b.scored());
      }
    };
  }

  /** A backup chosen for its expected worth, before it is walked to in turn. */
  private record Weighed(ScoredSession scored, double pFullGivenPrimaryFull, double worth) {
    static final Comparator<Weighed> BEST_FIRST = new Comparator<>() {
      @Override
      public int compare(Weighed a, Weighed b) {
        return ScoredSession.compareByValue(a.worth(), a.scored(), b.worth(), b.scored());
      }
    };
  }

  /** The window for a primary aimed at with a given lead, with its expectations, sitting through to the end. */
  PlanWindow window(ScoredSession primary, int leadMinutes, List<Backup> backups) {
    Session main = primary.session();
    return window(primary, main.start().minusMinutes(leadMinutes), admission(main, leadMinutes), false, backups,
        Optional.empty());
  }

  /**
   * The window for a primary in the room of the talk before it, reached by keeping your seat: in if
   * you were in the talk before, else with the chance of arriving at its start.
   */
  PlanWindow staying(ScoredSession primary, PlanWindow before, List<Backup> backups) {
    Session main = primary.session();
    double chance = before.admission() + (1 - before.admission()) * admission(main, 0);
    ZonedDateTime seated = before.end().isBefore(main.start()) ? before.end() : main.start();
    return window(primary, seated, chance, true, backups, Optional.empty());
  }

  /**
   * The same window when the next one follows it: wherever you are (the primary, a backup), you
   * leave in time to walk to the next window's door, and only what you sat through counts.
   */
  PlanWindow leaving(PlanWindow window, PlanWindow next) {
    return window(window.primary(), window.arriveBy(), window.admission(), window.staysSeated(), window.backups(),
        Optional.of(new Onward(next.primary().session(), next.doorTime())));
  }

  /** The next window's session and when to be at its door. */
  private record Onward(Session session, ZonedDateTime door) {}

  private PlanWindow window(ScoredSession primary, ZonedDateTime arriveBy, double chance, boolean staying,
      List<Backup> backups, Optional<Onward> onward) {
    Session main = primary.session();
    Optional<ZonedDateTime> leavePrimary = leaveFor(main, onward);
    double primaryShare = attendedShare(main, main.start(), leavePrimary);
    double backupInterest = 0;
    double backupTalks = 0;
    double backupWorth = 0;
    double stillOut = 1;
    for (Backup backup : backups) {
      Session session = backup.scored().session();
      double share = attendedShare(session, backup.joined(), leaveFor(session, onward));
      double in = stillOut * backup.admission() * share;
      backupInterest += in * scale.interest(backup.scored());
      backupTalks += in;
      backupWorth += in * scale.worth(backup.scored());
      stillOut *= 1 - backup.admission();
    }
    double fallbackInterest = fallbackInterest(primary);
    double interest = chance * primaryShare * scale.interest(primary)
        + (1 - chance) * (backupInterest + stillOut * fallbackInterest);
    double talks = chance * primaryShare + (1 - chance) * backupTalks;
    double worth = chance * primaryShare * scale.worth(primary) + (1 - chance) * (backupWorth + stillOut * fallbackInterest);
    Optional<ZonedDateTime> leaveAt = leavePrimary.isPresent() && leavePrimary.get().isBefore(main.end())
        ? leavePrimary : Optional.empty();
    return new PlanWindow(primary, arriveBy, staying, clamp(forecast.pFull(main.id())), clamp(chance), backups,
        fallback(), fallbackInterest, interest, talks, worth, leaveAt);
  }

  /** When to leave a session to be at the next window's door in time; empty when nothing follows. */
  private Optional<ZonedDateTime> leaveFor(Session session, Optional<Onward> onward) {
    if (onward.isEmpty()) {
      return Optional.empty();
    }
    Onward next = onward.get();
    return Optional.of(next.door().minusMinutes(walks.minutes(session.room(), next.session().room())));
  }

  /**
   * What leaving for the next window (its session's room, its door time in epoch seconds) takes away
   * from a window valued without a successor, on the objective's scale: the same as
   * {@code objective(window) - objective(leaving(window, next))}, worked out without building windows
   * since the planner asks it for every nearby pair of states.
   */
  double lossLeavingFor(PlanWindow window, int nextRoom, long door) {
    LeavingCost cost = leavingCosts.get(window);
    if (cost == null) {
      cost = leavingCost(window);
      leavingCosts.put(window, cost);
    }
    return cost.loss(walks, nextRoom, door);
  }

  /** The sessions of a window as the cost of leaving it reads them, their times turned to seconds once. */
  private LeavingCost leavingCost(PlanWindow window) {
    int count = 1 + window.backups().size();
    LeavingCost cost = new LeavingCost(window.admission(), new int[count], new long[count], new long[count],
        new long[count], new double[count]);
    Session main = window.primary().session();
    cost.set(0, walks.indexOf(main.room()), main.start().toEpochSecond(), main,
        window.admission() * scale.worth(window.primary()));
    double stillOut = 1;
    for (int i = 1; i < count; i++) {
      Backup backup = window.backups().get(i - 1);
      Session session = backup.scored().session();
      long from = Math.max(backup.joined().toEpochSecond(), session.start().toEpochSecond());
      cost.set(i, walks.indexOf(session.room()), from, session, stillOut * backup.admission() * scale.worth(backup.scored()));
      stillOut *= 1 - backup.admission();
    }
    return cost;
  }

  /**
   * What leaving a window early costs, by its primary (place 0) and its backups: each session's room,
   * when you are in it, its end and length in seconds, and its weight on the objective (the chance of
   * being in it times its worth). The sums run in the order and grouping of the window's own valuation.
   */
  private record LeavingCost(double chance, int[] rooms, long[] from, long[] end, long[] seconds, double[] weight) {
    void set(int i, int room, long in, Session session, double sessionWeight) {
      rooms[i] = room;
      from[i] = in;
      end[i] = session.end().toEpochSecond();
      seconds[i] = session.duration().toSeconds();
      weight[i] = sessionWeight;
    }

    double loss(WalkMatrix walks, int nextRoom, long door) {
      double loss = weight[0] * cutShare(0, walks, nextRoom, door);
      double backupLoss = 0;
      for (int i = 1; i < rooms.length; i++) {
        backupLoss += weight[i] * cutShare(i, walks, nextRoom, door);
      }
      return loss + (1 - chance) * backupLoss;
    }

    /** The share of session i that leaving for a door in another room cuts off. */
    private double cutShare(int i, WalkMatrix walks, int nextRoom, long door) {
      long leave = door - 60L * walks.minutes(rooms[i], nextRoom);
      if (leave >= end[i]) {
        return 0;
      }
      double cut = end[i] - Math.max(from[i], leave);
      return Math.max(0, cut) / seconds[i];
    }
  }

  /** The objective the planners maximise: a window's expected worth. */
  static double objective(PlanWindow window) {
    return window.expectedWorth();
  }

  /** The share of a session sat through from a time to another (to its end when there is none). */
  static double attendedShare(Session session, ZonedDateTime from, Optional<ZonedDateTime> until) {
    long start = Math.max(session.start().toEpochSecond(), from.toEpochSecond());
    long end = until.isPresent()
        ? Math.min(until.get().toEpochSecond(), session.end().toEpochSecond())
        : session.end().toEpochSecond();
    return Math.max(0, end - start) / (double) session.duration().toSeconds();
  }

  /** The share of a session still to come when arriving at a time in epoch seconds (1 when on time). */
  static double shareLeft(Session session, long arrival) {
    long start = Math.max(session.start().toEpochSecond(), arrival);
    return Math.max(0, session.end().toEpochSecond() - start) / (double) session.duration().toSeconds();
  }

  private static double clamp(double chance) {
    return Math.max(0, Math.min(1, chance));
  }
}
