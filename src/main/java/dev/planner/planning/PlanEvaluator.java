package dev.planner.planning;

import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.overflow.DaySimulation;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * Plays a day plan as an attendee lives it, many times over days drawn by an independent
 * {@link DaySimulation} (seeded, so the same plan gives the same figures; every plan meets the same
 * days): walk to each primary's door and leave wherever you are in time for it, find the door open or
 * closed, walk to the backups in order when it is closed (arriving late gets you in only if the room
 * is not full by then), and sit through what you get into until it ends or the next door calls.
 * None of the plan's own chances are used.
 */
public final class PlanEvaluator {
  private final int runs;
  private final long seed;
  private final DaySimulation simulation;
  private final WalkMatrix walks;

  public PlanEvaluator(Schedule schedule, PlanOptions options, DaySimulation simulation, int runs, long seed) {
    if (runs <= 0) {
      throw new IllegalArgumentException("runs must be positive");
    }
    this.runs = runs;
    this.seed = seed;
    this.simulation = simulation;
    this.walks = new WalkMatrix(schedule, options.walkingPace());
  }

  /** Interest gained, talks attended (shares of talks sat through), and turn-aways, averaged over the runs. */
  public record Evaluation(double interest, double talks, double pTurnedAwayAtLeastOnce, double interestStandardError) {}

  public Evaluation evaluate(DayPlan plan) {
    SplittableRandom days = new SplittableRandom(seed);
    SplittableRandom doors = new SplittableRandom(seed ^ 0x5DEECE66DL);
    double interestSum = 0;
    double interestSquares = 0;
    double talksSum = 0;
    int turnedAwayRuns = 0;
    for (int run = 0; run < runs; run++) {
      Attendee attendee = new Attendee(simulation.draw(days), doors);
      for (PlanWindow window : plan.windows()) {
        attendee.live(window);
      }
      attendee.leaveAt(null);
      interestSum += attendee.interest;
      interestSquares += attendee.interest * attendee.interest;
      talksSum += attendee.talks;
      turnedAwayRuns += attendee.turnedAway ? 1 : 0;
    }
    double mean = interestSum / runs;
    double variance = Math.max(0, interestSquares / runs - mean * mean);
    return new Evaluation(mean, talksSum / runs, turnedAwayRuns / (double) runs, Math.sqrt(variance / runs));
  }

  /** One attendee's day: where they are, since when, and what they have gained so far. */
  private final class Attendee {
    private final DaySimulation.Day day;
    private final SplittableRandom random;
    /** The room you are in or at the door of; null before the day starts. */
    private RoomId room;
    /** The session you sit in, null in the hallway. */
    private Session seat;
    private double seatInterest;
    /** Whether the seat is the primary of the window just lived. */
    private boolean inPrimary;
    private ZonedDateTime joined;
    /** From when you can walk away: at once in a seat, after the last closed door otherwise. */
    private ZonedDateTime free;
    double interest;
    double talks;
    boolean turnedAway;

    Attendee(DaySimulation.Day day, SplittableRandom random) {
      this.day = day;
      this.random = random;
    }

    void live(PlanWindow window) {
      Session primary = window.primary().session();
      if (window.staysSeated() && inPrimary && room.equals(primary.room())) {
        leaveAt(primary.start());
        sitIn(window.primary().interest(), primary, primary.start(), true);
        return;
      }
      ZonedDateTime arrival = walkTo(primary.room(), window.doorTime());
      if (day.admits(primary.id(), minutesEarly(primary, arrival), random)) {
        sitIn(window.primary().interest(), primary, arrival, true);
        return;
      }
      turnedAway = true;
      ZonedDateTime at = arrival;
      RoomId from = primary.room();
      for (Backup backup : window.backups()) {
        Session session = backup.scored().session();
        at = at.plusMinutes(walks.minutes(from, session.room()));
        from = session.room();
        if (day.admits(session.id(), minutesEarly(session, at), random)) {
          room = from;
          sitIn(backup.scored().interest(), session, at, false);
          return;
        }
      }
      room = from;
      free = at;
      interest += window.fallbackInterest();
    }

    /** Leaves wherever you are in time to reach a room's door at a time; when you reach it. */
    private ZonedDateTime walkTo(RoomId target, ZonedDateTime door) {
      if (room == null) {
        room = target;
        return door;
      }
      ZonedDateTime leave = door.minusMinutes(walks.minutes(room, target));
      ZonedDateTime arrival = door;
      if (seat == null && free.isAfter(leave)) {
        arrival = free.plusMinutes(walks.minutes(room, target));
      }
      leaveAt(leave);
      room = target;
      return arrival;
    }

    private void sitIn(double sessionInterest, Session session, ZonedDateTime arrival, boolean primary) {
      seat = session;
      seatInterest = sessionInterest;
      joined = arrival.isAfter(session.start()) ? arrival : session.start();
      inPrimary = primary;
      free = joined;
      room = session.room();
    }

    /** Gets up from the seat at a time (at its end for none), counting what was sat through. */
    void leaveAt(ZonedDateTime leave) {
      if (seat == null) {
        return;
      }
      ZonedDateTime until = leave == null || leave.isAfter(seat.end()) ? seat.end() : leave;
      double share = Math.max(0, until.toEpochSecond() - joined.toEpochSecond()) / (double) seat.duration().toSeconds();
      interest += share * seatInterest;
      talks += share;
      seat = null;
      inPrimary = false;
    }

    private double minutesEarly(Session session, ZonedDateTime arrival) {
      return (session.start().toEpochSecond() - arrival.toEpochSecond()) / 60.0;
    }
  }
}
