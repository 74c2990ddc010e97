package dev.planner.overflow;

import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Forecasts, for every plannable session of a schedule, how many people will want in and the chance
 * its room turns people away (docs/overflow-model.md). Breaks, meals, registration and socials are
 * neither forecast nor competitors. Deterministic: the same schedule and parameters give the same report.
 */
public final class OverflowPredictor {
  private final OverflowParameters parameters;
  private final DemandDistribution demand;

  public OverflowPredictor(OverflowParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.demand = DemandDistribution.of(parameters.demand());
  }

  public OverflowParameters parameters() {
    return parameters;
  }

  /** Forecasts every plannable session of the schedule; arrive-by times aim for {@code targetAdmission}. */
  public RiskReport predict(Schedule schedule, double targetAdmission) {
    Context context = new Context(schedule);
    return predict(context, targetAdmission, context.plannable);
  }

  /** Forecasts the plannable sessions starting on one day. */
  public DayRisk predictDay(Schedule schedule, LocalDate day, double targetAdmission) {
    return predictOn(schedule, day, targetAdmission).day(day);
  }

  /** The report of one day's sessions only, for callers that need spill and admission curves too. */
  public RiskReport predictOn(Schedule schedule, LocalDate day, double targetAdmission) {
    return forSchedule(schedule).predictOn(day, targetAdmission);
  }

  /**
   * A forecaster for one schedule that works out what the whole schedule shares (median seats and
   * signals, attendance by slot) once, for callers that forecast it day by day.
   */
  public ScheduleForecaster forSchedule(Schedule schedule) {
    return new ScheduleForecaster(new Context(schedule));
  }

  /** Forecasts the days of one schedule, sharing the schedule-wide figures between them. */
  public final class ScheduleForecaster {
    private final Context context;

    private ScheduleForecaster(Context context) {
      this.context = context;
    }

    /** The report of one day's sessions. */
    public RiskReport predictOn(LocalDate day, double targetAdmission) {
      return predict(context, targetAdmission, context.byDay().getOrDefault(day, List.of()));
    }
  }

  private RiskReport predict(Context context, double targetAdmission, List<Session> sessions) {
    if (!(targetAdmission > 0 && targetAdmission < 1)) {
      throw new IllegalArgumentException("target admission must be between 0 and 1, was " + targetAdmission);
    }
    Map<SessionId, DemandDistribution> demands = new HashMap<>();
    Map<Double, DemandDistribution> byDoubt = new HashMap<>();
    List<SessionRisk> risks = new ArrayList<>();
    for (SessionChoice choice : choices(context, sessions)) {
      double doubt = Math.hypot(context.attendanceDoubt, choice.room().capacityDoubt());
      DemandDistribution widened = byDoubt.computeIfAbsent(doubt, demand::widened);
      demands.put(choice.session().id(), widened);
      risks.add(risk(choice, widened, targetAdmission));
    }
    return new RiskReport(risks, parameters, id -> demands.getOrDefault(id, demand), targetAdmission);
  }

  /** What every session's forecast shares: the rooms, the medians that scale scores, attendance by slot. */
  private final class Context {
    final Map<RoomId, Room> rooms;
    final List<Session> plannable;
    final Attractiveness attractiveness;
    final SlotAttendance attendance;
    final double attendanceDoubt;
    final List<Session> breaks;
    private Map<LocalDate, List<Session>> byDay;

    /** The plannable sessions by the day they start, grouped on first use. */
    Map<LocalDate, List<Session>> byDay() {
      if (byDay == null) {
        byDay = plannable.stream().collect(Collectors.groupingBy(s -> s.start().toLocalDate()));
      }
      return byDay;
    }

    Context(Schedule schedule) {
      rooms = schedule.roomsById();
      plannable = schedule.sessions().stream().filter(s -> s.type().isPlannable()).toList();
      attractiveness = new Attractiveness(parameters.choice(), medianSeats(plannable, rooms), medianLogSignal(plannable));
      attendance = new SlotAttendance(parameters.attendance(), schedule.attendees(), plannable);
      attendanceDoubt = schedule.attendanceDoubt();
      breaks = schedule.sessions().stream()
          .filter(s -> s.type() == SessionType.BREAK || s.type() == SessionType.MEAL)
          .toList();
    }

    /** Whether a break or meal of the schedule covers at least half of the session. */
    boolean duringABreak(Session session) {
      long length = session.duration().toSeconds();
      for (Session pause : breaks) {
        if (pause.start().isAfter(session.end())) {
          break;
        }
        long overlap = Math.min(pause.end().toEpochSecond(), session.end().toEpochSecond())
            - Math.max(pause.start().toEpochSecond(), session.start().toEpochSecond());
        if (2 * overlap >= length) {
          return true;
        }
      }
      return false;
    }
  }

  /** Expected demand and where doors close, for every plannable session: the cheap part of a forecast, for fitting. */
  List<Expectation> expectations(Schedule schedule) {
    double factor = parameters.demand().capacityFactor();
    Context context = new Context(schedule);
    return choices(context, context.plannable).stream()
        .map(choice -> new Expectation(choice.session(), choice.room().capacity(), factor * choice.room().capacity(),
            SlotAttendance.product(choice.people()) * choice.share()))
        .toList();
  }

  /** A session's expected demand, seats and effective capacity. */
  record Expectation(Session session, int seats, double effectiveCapacity, double expectedDemand) {}

  /** Everything about a session's choice situation: who is in sessions, its utility, share and rivals. */
  private record SessionChoice(Session session, Room room, List<ModelTerm> people, List<ModelTerm> terms,
      double utility, double share, List<SessionId> competitors, List<SessionRisk.Overlap> overlapping) {}

  private List<SessionChoice> choices(Context context, List<Session> sessions) {
    Map<RoomId, Room> rooms = context.rooms;
    Attractiveness attractiveness = context.attractiveness;
    SlotAttendance attendance = context.attendance;
    List<List<CompetitorSweep.Overlap>> overlaps = CompetitorSweep.overlaps(sessions);

    int n = sessions.size();
    List<List<ModelTerm>> terms = new ArrayList<>(n);
    double[] utilities = new double[n];
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      terms.add(attractiveness.terms(sessions.get(i), rooms.get(sessions.get(i).room())));
      utilities[i] = Attractiveness.sum(terms.get(i));
      weights[i] = Math.exp(utilities[i]);
    }
    double hallway = Math.exp(parameters.choice().hallwayUtility());
    double[] seatsOnOffer = seatsOnOffer(sessions, rooms, overlaps);
    double usualSeats = median(seatsOnOffer, 1);
    List<SessionChoice> choices = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      Session session = sessions.get(j);
      // A session running during only part of j's time is only partly an alternative to it.
      double denominator = hallway + weights[j];
      List<SessionRisk.Overlap> running = new ArrayList<>(overlaps.get(j).size());
      for (CompetitorSweep.Overlap overlap : overlaps.get(j)) {
        denominator += overlap.weight() * weights[overlap.index()];
        running.add(new SessionRisk.Overlap(sessions.get(overlap.index()).id(), overlap.weight()));
      }
      boolean keynoteSlot = session.type() == SessionType.KEYNOTE;
      List<SessionId> ids = new ArrayList<>();
      for (int k : CompetitorSweep.competitors(overlaps.get(j), parameters.choice().minOverlap())) {
        keynoteSlot |= sessions.get(k).type() == SessionType.KEYNOTE;
        ids.add(sessions.get(k).id());
      }
      List<ModelTerm> people = attendance.terms(session, keynoteSlot);
      if (!keynoteSlot && seatsOnOffer[j] < usualSeats && context.duringABreak(session)) {
        // A talk during a coffee break or lunch (an expo stage's) offers a fraction of the day's usual
        // seats and holds that fraction of the usual audience: the others are at coffee, not queueing.
        people = new ArrayList<>(people);
        people.add(new ModelTerm(String.format(java.util.Locale.ROOT, "seats on offer, %.0f of the day's usual %.0f",
            seatsOnOffer[j], usualSeats), seatsOnOffer[j] / usualSeats));
      }
      choices.add(new SessionChoice(session, rooms.get(session.room()), people,
          terms.get(j), utilities[j], weights[j] / denominator, ids, running));
    }
    return choices;
  }

  /** The seats of the talks running during each session: its own, and its rivals' in proportion to their overlap. */
  private static double[] seatsOnOffer(List<Session> sessions, Map<RoomId, Room> rooms,
      List<List<CompetitorSweep.Overlap>> overlaps) {
    double[] seats = new double[sessions.size()];
    for (int j = 0; j < seats.length; j++) {
      seats[j] = rooms.get(sessions.get(j).room()).capacity();
      for (CompetitorSweep.Overlap overlap : overlaps.get(j)) {
        seats[j] += overlap.weight() * rooms.get(sessions.get(overlap.index()).room()).capacity();
      }
    }
    return seats;
  }

  private SessionRisk risk(SessionChoice choice, DemandDistribution demand, double targetAdmission) {
    double inSessions = SlotAttendance.product(choice.people());
    double expected = inSessions * choice.share();
    int seats = choice.room().capacity();
    double effective = parameters.demand().capacityFactor() * seats;
    double pFull = demand.pFull(expected, effective);
    AdmissionCurve curve = new AdmissionCurve(demand, expected, effective, parameters.arrival());
    // Arriving at the start, the chance of getting in is 1 − P(full): most sessions need no search.
    double minutes = 1 - pFull >= targetAdmission ? 0 : curve.minutesEarlyFor(targetAdmission);
    return new SessionRisk(choice.session(), seats, effective, inSessions, choice.people(), choice.terms(),
        choice.utility(), choice.share(), choice.competitors(), choice.overlapping(), expected, expected / seats, pFull,
        parameters.levels().levelOf(pFull), minutes, arriveBy(choice.session().start(), minutes));
  }

  /** The latest whole minute at or before {@code minutes} before the start. */
  static ZonedDateTime arriveBy(ZonedDateTime start, double minutes) {
    long seconds = (long) Math.ceil(minutes * 60 - 1e-9);
    return start.minusSeconds(Math.max(0, seconds)).truncatedTo(ChronoUnit.MINUTES);
  }

  private static double medianSeats(List<Session> sessions, Map<RoomId, Room> rooms) {
    TreeMap<RoomId, Integer> used = new TreeMap<>();
    sessions.forEach(session -> used.put(session.room(), rooms.get(session.room()).capacity()));
    return median(used.values().stream().mapToDouble(Integer::doubleValue).toArray(), Room.DEFAULT_CAPACITY);
  }

  private static double medianLogSignal(List<Session> sessions) {
    double[] logs = sessions.stream()
        .filter(session -> session.signals().strongest().isPresent())
        .mapToDouble(session -> Math.log1p(session.signals().strongest().getAsInt()))
        .toArray();
    return median(logs, 0);
  }

  private static double median(double[] values, double whenEmpty) {
    if (values.length == 0) {
      return whenEmpty;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
