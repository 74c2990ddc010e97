package dev.planner.overflow;

import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.SessionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A seeded simulation of a day's rooms, independent of the analytic chances: for each simulated day a
 * slot shock per time slot (log-normal, mean 1; sessions starting within {@link #SLOT_MINUTES} of a
 * slot's first start share it), the true attendance and the true seats of each room where they are
 * only inferred (log-normal factors, mean 1, of the schedule's and the rooms' doubts), a forecast
 * error per session (gamma, mean 1, CV {@code forecastCv}),
 * a Poisson number of people wanting in, and spill: of the people a full room turns away each tries
 * another session it competes with, with chance {@code spill.share}, picked in proportion to its
 * pull. Someone reaching a door gets in when fewer people than the doors let in are there before
 * them: each of the room's crowd is ahead of them with the arrival triangle's chance.
 */
public final class DaySimulation {
  /** Sessions starting within this many minutes of a slot's first start share its shock. */
  static final int SLOT_MINUTES = 15;

  private final List<SessionRisk> sessions;
  private final Map<SessionId, Integer> index = new HashMap<>();
  private final int[] slotOf;
  private final int slots;
  private final int[][] competitors;
  private final double[][] spillChances;
  private final long[] doors;
  private final double size;
  private final double slotShock;
  private final ArrivalCurve arrival;
  private final double attendanceDoubt;
  /** Each session's room, as an index into {@code roomDoubts}. */
  private final int[] roomOf;
  private final double[] roomDoubts;

  /**
   * The simulation of the sessions of a forecast (a day's, as {@code plan} makes it) of a schedule,
   * with the model they were forecast with.
   */
  public DaySimulation(Schedule schedule, List<SessionRisk> forecasts, OverflowParameters parameters) {
    this.sessions = forecasts.stream()
        .sorted(Comparator.comparing((SessionRisk risk) -> risk.session().start()).thenComparing(SessionRisk::id))
        .toList();
    int n = sessions.size();
    for (int i = 0; i < n; i++) {
      index.put(sessions.get(i).id(), i);
    }
    this.slotOf = new int[n];
    int slot = -1;
    long slotStart = 0;
    for (int i = 0; i < n; i++) {
      long start = sessions.get(i).session().start().toEpochSecond();
      if (slot < 0 || start - slotStart >= 60L * SLOT_MINUTES) {
        slot++;
        slotStart = start;
      }
      slotOf[i] = slot;
    }
    this.slots = slot + 1;
    this.competitors = new int[n][];
    this.spillChances = new double[n][];
    this.doors = new long[n];
    for (int i = 0; i < n; i++) {
      SessionRisk risk = sessions.get(i);
      doors[i] = (long) Math.floor(risk.effectiveCapacity());
      List<Integer> others = new ArrayList<>();
      double pull = 0;
      for (SessionId id : risk.competitors()) {
        Integer other = index.get(id);
        if (other != null) {
          others.add(other);
          pull += Math.exp(sessions.get(other).utility());
        }
      }
      competitors[i] = others.stream().mapToInt(Integer::intValue).toArray();
      spillChances[i] = new double[others.size()];
      for (int k = 0; k < others.size(); k++) {
        spillChances[i][k] = parameters.spillShare() * Math.exp(sessions.get(others.get(k)).utility()) / pull;
      }
    }
    Map<RoomId, Integer> rooms = new HashMap<>();
    List<Room> venue = schedule.venue().rooms();
    this.roomDoubts = new double[venue.size()];
    for (int r = 0; r < venue.size(); r++) {
      rooms.put(venue.get(r).id(), r);
      roomDoubts[r] = venue.get(r).capacityDoubt();
    }
    this.roomOf = new int[n];
    for (int i = 0; i < n; i++) {
      roomOf[i] = rooms.get(sessions.get(i).session().room());
    }
    this.attendanceDoubt = schedule.attendanceDoubt();
    OverflowParameters.Demand demand = parameters.demand();
    this.size = 1 / (demand.forecastCv() * demand.forecastCv());
    this.slotShock = demand.slotShock();
    this.arrival = parameters.arrival();
  }

  /** One simulated day: every session's crowd drawn, spill included. */
  public Day draw(RandomGenerator random) {
    double[] shocks = new double[slots];
    for (int s = 0; s < slots; s++) {
      shocks[s] = logNormal(random, slotShock);
    }
    double attendance = logNormal(random, attendanceDoubt);
    // A seat count wrong by a factor is demand against the doors wrong by its inverse: the same log-normal.
    double[] seats = new double[roomDoubts.length];
    for (int r = 0; r < seats.length; r++) {
      seats[r] = logNormal(random, roomDoubts[r]);
    }
    int n = sessions.size();
    long[] own = new long[n];
    for (int i = 0; i < n; i++) {
      double error = RandomDraws.gamma(random, size) / size;
      double mean = sessions.get(i).expectedDemand() * shocks[slotOf[i]] * attendance * seats[roomOf[i]] * error;
      own[i] = RandomDraws.poisson(random, mean);
    }
    long[] crowd = own.clone();
    for (int i = 0; i < n; i++) {
      long turnedAway = own[i] - doors[i];
      for (int k = 0; turnedAway > 0 && k < competitors[i].length; k++) {
        crowd[competitors[i][k]] += RandomDraws.binomial(random, turnedAway, spillChances[i][k]);
      }
    }
    return new Day(crowd);
  }

  /** A log-normal factor of mean 1 whose logarithm has this standard deviation (1 for none). */
  private static double logNormal(RandomGenerator random, double sigma) {
    return sigma == 0 ? 1 : Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
  }

  /** A simulated day's crowds, each room's own and spilled together. */
  public final class Day {
    private final long[] crowd;

    private Day(long[] crowd) {
      this.crowd = crowd;
    }

    /** The people who wanted into a session that day; 0 for a session the simulation does not know. */
    public long crowd(SessionId id) {
      Integer i = index.get(id);
      return i == null ? 0 : crowd[i];
    }

    /**
     * Whether someone reaching the door this many minutes before the start (negative: after it) gets
     * in: fewer than the doors let in are ahead of them. Arriving at or after the start, the whole
     * crowd is. A session the simulation does not know always lets you in.
     */
    public boolean admits(SessionId id, double minutesEarly, RandomGenerator random) {
      Integer i = index.get(id);
      if (i == null) {
        return true;
      }
      long people = crowd[i];
      long door = doors[i];
      if (people < door) {
        return true;
      }
      if (door <= 0) {
        return false;
      }
      double ahead = arrival.shareAhead(minutesEarly);
      // P(Binomial(people, ahead) ≤ door − 1) = I_{1−ahead}(people − door + 1, door).
      double chance = SpecialFunctions.regularizedBeta(1 - ahead, people - door + 1, door);
      return random.nextDouble() < chance;
    }
  }
}
