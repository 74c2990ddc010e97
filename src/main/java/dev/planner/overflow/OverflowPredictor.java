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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

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
    for (Session session : sessions) {
      SessionChoice choice = context.choice(session);
      double doubt = Math.hypot(context.attendanceDoubt, choice.room().capacityDoubt());
      DemandDistribution widened = byDoubt.get(doubt);
      if (widened == null) {
        widened = demand.widened(doubt);
        byDoubt.put(doubt, widened);
      }
      demands.put(session.id(), widened);
      risks.add(risk(choice, widened, targetAdmission));
    }
    return new RiskReport(risks, parameters, demands, demand, targetAdmission);
  }

  /**
   * What every session's forecast shares, worked out once for the whole schedule: the rooms, each
   * session's utility (its room and signals measured against the medians of its own day), who is an
   * alternative to whom, the plenary keynotes, and attendance by slot. A day's forecast reads the
   * same figures, so it equals the whole schedule's, sessions around midnight included. Utilities are
   * worked out on first need, so a forecast of one day reads the text of that day's sessions only.
   */
  private final class Context {
    final Map<RoomId, Room> rooms;
    final List<Session> plannable;
    final SlotAttendance attendance;
    private final Map<SessionId, Integer> index = new HashMap<>();
    /** Each plannable session's seats, read once: every overlap of the schedule asks for them. */
    private final int[] seats;
    /** Each session's utility terms, and their sum, worked out when a forecast first needs them. */
    private final List<List<ModelTerm>> terms;
    private final double[] utilities;
    private final List<List<CompetitorSweep.Overlap>> overlaps;
    private final double[] keynoteExposure;
    final double attendanceDoubt;
    private final List<Session> breaks;
    private final double[] seatsOnOffer;
    private final Map<LocalDate, Double> usualSeats = new HashMap<>();
    private final ChoiceFeatures features;
    private final Map<LocalDate, Attractiveness> attractivenessByDay = new HashMap<>();
    private Map<LocalDate, List<Session>> byDay;

    Context(Schedule schedule) {
      rooms = schedule.roomsById();
      List<Session> forecast = new ArrayList<>();
      List<Session> pauses = new ArrayList<>();
      for (Session session : schedule.sessions()) {
        if (session.type().isPlannable()) {
          forecast.add(session);
        }
        if (session.type() == SessionType.BREAK || session.type() == SessionType.MEAL || eveningSocial(session)) {
          pauses.add(session);
        }
      }
      plannable = Collections.unmodifiableList(forecast);
      int n = plannable.size();
      features = new ChoiceFeatures(plannable);
      terms = new ArrayList<>(Collections.nCopies(n, null));
      utilities = new double[n];
      seats = new int[n];
      for (int i = 0; i < n; i++) {
        index.put(plannable.get(i).id(), i);
        seats[i] = rooms.get(plannable.get(i).room()).capacity();
      }
      overlaps = CompetitorSweep.overlaps(plannable);
      boolean[] plenary = new boolean[n];
      List<Session> plenaries = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        plenary[i] = isPlenary(i);
        if (plenary[i]) {
          plenaries.add(plannable.get(i));
        }
      }
      keynoteExposure = new double[n];
      for (int i = 0; i < n; i++) {
        double exposure = plenary[i] ? 1 : 0;
        for (CompetitorSweep.Overlap overlap : overlaps.get(i)) {
          if (plenary[overlap.index()]) {
            exposure = Math.max(exposure, overlap.weight());
          }
        }
        keynoteExposure[i] = exposure;
      }
      attendance = new SlotAttendance(parameters.attendance(), schedule.attendees(), plannable, plenaries);
      attendanceDoubt = schedule.attendanceDoubt();
      breaks = pauses;
      seatsOnOffer = new double[n];
      for (int i = 0; i < n; i++) {
        seatsOnOffer[i] = seats[i];
        for (CompetitorSweep.Overlap overlap : overlaps.get(i)) {
          seatsOnOffer[i] += overlap.weight() * seats[overlap.index()];
        }
      }
    }

    /** The median seats on offer over the sessions of a day, worked out for the days forecast only. */
    private double usualSeats(LocalDate day) {
      Double known = usualSeats.get(day);
      if (known == null) {
        List<Session> sessions = byDay().get(day);
        double[] offered = new double[sessions.size()];
        for (int i = 0; i < offered.length; i++) {
          offered[i] = seatsOnOffer[index.get(sessions.get(i).id())];
        }
        known = median(offered, 1);
        usualSeats.put(day, known);
      }
      return known;
    }

    /** A social of a few hours (a reception), not an expo hall open all day beside the talks. */
    private static boolean eveningSocial(Session session) {
      return session.type() == SessionType.SOCIAL && session.duration().toHours() < 3;
    }

    /** Whether a break, meal or social (an evening reception) of the schedule covers at least half of the session. */
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

    /** The plannable sessions by the day they start, grouped on first use. */
    Map<LocalDate, List<Session>> byDay() {
      if (byDay == null) {
        byDay = new HashMap<>();
        for (Session session : plannable) {
          LocalDate day = session.start().toLocalDate();
          List<Session> sessions = byDay.get(day);
          if (sessions == null) {
            sessions = new ArrayList<>();
            byDay.put(day, sessions);
          }
          sessions.add(session);
        }
      }
      return byDay;
    }

    /** Session i's utility terms, measured against the medians of its own day. */
    List<ModelTerm> terms(int i) {
      List<ModelTerm> known = terms.get(i);
      if (known == null) {
        Session session = plannable.get(i);
        known = attractiveness(session.start().toLocalDate()).terms(session, rooms.get(session.room()));
        terms.set(i, known);
        utilities[i] = Attractiveness.sum(known);
      }
      return known;
    }

    double utility(int i) {
      terms(i);
      return utilities[i];
    }

    private Attractiveness attractiveness(LocalDate day) {
      Attractiveness known = attractivenessByDay.get(day);
      if (known == null) {
        List<Session> sessions = byDay().get(day);
        known = new Attractiveness(parameters.choice(), medianSeats(sessions, rooms), medianLogSignal(sessions), features);
        attractivenessByDay.put(day, known);
      }
      return known;
    }

    /**
     * A keynote whose room holds at least as many seats as all its alternatives together: the plenary
     * most of the audience is in. A keynote in one track room among many is a talk like the others.
     */
    private boolean isPlenary(int i) {
      Session session = plannable.get(i);
      if (session.type() != SessionType.KEYNOTE) {
        return false;
      }
      double others = 0;
      for (CompetitorSweep.Overlap overlap : overlaps.get(i)) {
        others += overlap.weight() * seats[overlap.index()];
      }
      return seats[i] >= others;
    }

    SessionChoice choice(Session session) {
      int j = index.get(session.id());
      List<ChoiceSet.Alternative> alternatives = new ArrayList<>(overlaps.get(j).size());
      for (CompetitorSweep.Overlap overlap : overlaps.get(j)) {
        Session other = plannable.get(overlap.index());
        alternatives.add(new ChoiceSet.Alternative(other.id(), other.title(), utility(overlap.index()), overlap.weight()));
      }
      ChoiceSet set = new ChoiceSet(parameters.choice().hallwayUtility(), utility(j), alternatives);
      List<ModelTerm> people = attendance.terms(session, keynoteExposure[j]);
      double usual = usualSeats(session.start().toLocalDate());
      if (keynoteExposure[j] == 0 && seatsOnOffer[j] < usual && duringABreak(session)) {
        // A talk during a coffee break or lunch (an expo stage's) offers a fraction of the day's usual
        // seats and holds fewer of the usual audience, most of whom are at coffee: the square root of
        // that fraction, since a lone stage at lunch still draws the curious from the tables.
        people = new ArrayList<>(people);
        people.add(new ModelTerm("seats on offer, " + Math.round(seatsOnOffer[j]) + " of the day's usual " + Math.round(usual),
            Math.sqrt(seatsOnOffer[j] / usual)));
      }
      return new SessionChoice(session, rooms.get(session.room()), people, terms(j), set);
    }
  }

  /** Expected demand and where doors close, for every plannable session: the cheap part of a forecast, for fitting. */
  List<Expectation> expectations(Schedule schedule) {
    Context context = new Context(schedule);
    return context.plannable.stream().map(context::choice)
        .map(choice -> new Expectation(choice.session(), choice.room().capacity(), doorsCloseAt(choice.room().capacity()),
            SlotAttendance.product(choice.people()) * choice.set().share()))
        .toList();
  }

  /** A session's expected demand, seats and effective capacity. */
  record Expectation(Session session, int seats, double effectiveCapacity, double expectedDemand) {}

  /** Everything about a session's choice situation: who is in sessions, its utility terms and its choice set. */
  private record SessionChoice(Session session, Room room, List<ModelTerm> people, List<ModelTerm> terms, ChoiceSet set) {}

  /** How many people the doors let in: capacityFactor × seats, and never fewer than one. */
  private double doorsCloseAt(int seats) {
    return Math.max(1, parameters.demand().capacityFactor() * seats);
  }

  private SessionRisk risk(SessionChoice choice, DemandDistribution demand, double targetAdmission) {
    double inSessions = SlotAttendance.product(choice.people());
    double expected = inSessions * choice.set().share();
    int seats = choice.room().capacity();
    double effective = doorsCloseAt(seats);
    double pFull = demand.pFull(expected, effective);
    AdmissionCurve curve = new AdmissionCurve(demand, expected, effective, parameters.arrival());
    return new SessionRisk(choice.session(), seats, effective, inSessions, choice.people(), choice.terms(),
        choice.set(), expected, expected / seats, pFull, parameters.levels().levelOf(pFull),
        new ArrivalAdvice(choice.session().start(), pFull, curve, targetAdmission));
  }

  /** The latest whole minute at or before {@code minutes} before the start. */
  static ZonedDateTime arriveBy(ZonedDateTime start, double minutes) {
    long seconds = (long) Math.ceil(minutes * 60 - 1e-9);
    return start.minusSeconds(Math.max(0, seconds)).truncatedTo(ChronoUnit.MINUTES);
  }

  private static double medianSeats(List<Session> sessions, Map<RoomId, Room> rooms) {
    Set<RoomId> used = new HashSet<>();
    double[] seats = new double[sessions.size()];
    int count = 0;
    for (Session session : sessions) {
      if (used.add(session.room())) {
        seats[count++] = rooms.get(session.room()).capacity();
      }
    }
    return median(Arrays.copyOf(seats, count), Room.DEFAULT_CAPACITY);
  }

  private static double medianLogSignal(List<Session> sessions) {
    double[] logs = new double[sessions.size()];
    int count = 0;
    for (Session session : sessions) {
      OptionalInt strongest = session.signals().strongest();
      if (strongest.isPresent()) {
        logs[count++] = Math.log1p(strongest.getAsInt());
      }
    }
    return median(Arrays.copyOf(logs, count), 0);
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
