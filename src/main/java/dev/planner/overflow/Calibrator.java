package dev.planner.overflow;

import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fits the overflow model to what was seen at sessions by maximum a posteriori: the room and signal
 * weights, the hallway's utility, a scale on the share of people in sessions, and the forecast error
 * (the negative binomial's dispersion), each with a weak normal prior around its starting value. A
 * session seen full or not adds ln P(full) or ln(1 − P(full)); a head count below the doors' limit
 * adds ln P(D = count), one at the limit ln P(D ≥ limit). A value the data cannot inform (the signal
 * weight when no observed session has sign-ups, the room weight when all observed rooms are the same
 * size) is held where it starts. The slot shock is kept as given: one conference cannot tell it from
 * the forecast error.
 */
public final class Calibrator {
  /** Names of the fitted values, in the order of the optimiser's vector. */
  public static final List<String> FITTED = List.of(
      "choice.roomWeight", "choice.signalWeight", "choice.hallwayUtility", "attendance.inSessions scale", "demand.forecastCv");
  /** The prior's standard deviation for each fitted value, in the optimiser's coordinates (logs for scale and CV). */
  private static final double[] PRIOR_SPREAD = {0.5, 0.5, 1.0, 0.5, 0.5};
  private static final int MAX_EVALUATIONS = 1500;
  private static final double SMALLEST_CV = 0.02;
  private static final double LARGEST_CV = 5;
  private static final double SMALLEST = 1e-12;

  private final OverflowParameters base;
  private final NelderMead optimiser = new NelderMead(MAX_EVALUATIONS, 1e-9);

  /** @param base the model to start from; every value not fitted is kept from it */
  public Calibrator(OverflowParameters base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  /**
   * The fitted model, its log-likelihood at the optimum, how much work it took, the values held
   * because the data cannot tell them, and warnings: the evaluation cap reached, a value at its bound.
   */
  public record Fit(OverflowParameters parameters, double inSessionsScale, double logLikelihood, int evaluations,
      List<String> held, List<String> warnings) {
    public Fit {
      held = List.copyOf(held);
      warnings = List.copyOf(warnings);
    }
  }

  public Fit fit(Schedule schedule, List<Observation> observations) {
    if (observations.isEmpty()) {
      throw new IllegalArgumentException("nothing to fit: no observations");
    }
    double[] start = {base.choice().roomWeight(), base.choice().signalWeight(), base.choice().hallwayUtility(), 0,
        Math.log(base.demand().forecastCv())};
    boolean[] free = informed(schedule, observations);
    int[] index = java.util.stream.IntStream.range(0, free.length).filter(i -> free[i]).toArray();
    double[] reduced = java.util.Arrays.stream(index).mapToDouble(i -> start[i]).toArray();
    NelderMead.Minimum minimum = optimiser.minimise(
        point -> {
          double[] full = expand(start, index, point);
          OverflowParameters at = parametersAt(full);
          return at == null ? Double.POSITIVE_INFINITY
              : -logLikelihood(schedule, observations, at) + penalty(full, start);
        }, reduced, 0.3);
    double[] best = expand(start, index, minimum.point());
    OverflowParameters fitted = parametersAt(best);
    List<String> held = new ArrayList<>();
    for (int i = 0; i < free.length; i++) {
      if (!free[i]) {
        held.add(FITTED.get(i));
      }
    }
    return new Fit(fitted, Math.exp(best[3]), logLikelihood(schedule, observations, fitted), minimum.evaluations(), held,
        warnings(minimum, fitted));
  }

  /** Which values the observations can inform: sign-ups that differ, rooms of different sizes. */
  private static boolean[] informed(Schedule schedule, List<Observation> observations) {
    Map<SessionId, Session> sessions = new HashMap<>();
    schedule.sessions().forEach(session -> sessions.put(session.id(), session));
    Map<dev.planner.model.RoomId, dev.planner.model.Room> rooms = schedule.roomsById();
    Set<Integer> signals = new HashSet<>();
    Set<Integer> seats = new HashSet<>();
    for (Observation observation : observations) {
      Session session = sessions.get(observation.id());
      if (session == null) {
        continue;
      }
      session.signals().strongest().ifPresent(signals::add);
      seats.add(rooms.get(session.room()).capacity());
    }
    return new boolean[] {seats.size() > 1, signals.size() > 1, true, true, true};
  }

  private static double[] expand(double[] start, int[] index, double[] point) {
    double[] full = start.clone();
    for (int i = 0; i < index.length; i++) {
      full[index[i]] = point[i];
    }
    return full;
  }

  /** The weak prior: −ln of a normal density around the starting values, up to a constant. */
  private static double penalty(double[] point, double[] start) {
    double sum = 0;
    for (int i = 0; i < point.length; i++) {
      double z = (point[i] - start[i]) / PRIOR_SPREAD[i];
      sum += z * z / 2;
    }
    return sum;
  }

  private List<String> warnings(NelderMead.Minimum minimum, OverflowParameters fitted) {
    List<String> warnings = new ArrayList<>();
    if (minimum.evaluations() >= MAX_EVALUATIONS) {
      warnings.add("the fit stopped at its cap of " + MAX_EVALUATIONS + " evaluations before settling");
    }
    double cv = fitted.demand().forecastCv();
    if (cv <= SMALLEST_CV * 1.01 || cv >= LARGEST_CV * 0.99) {
      warnings.add(String.format(java.util.Locale.ROOT, "demand.forecastCv %.3f is at its bound (%.2f to %.0f)", cv,
          SMALLEST_CV, LARGEST_CV));
    }
    if (fitted.attendance().inSessions() >= 0.99) {
      warnings.add("attendance.inSessions reached its bound of 1: everyone in sessions all the time");
    }
    return warnings;
  }

  /** P(full) of each observed session under a model, in the order of the observations. */
  public static double[] pFull(Schedule schedule, List<Observation> observations, OverflowParameters parameters) {
    Map<SessionId, OverflowPredictor.Expectation> expected = expectations(schedule, parameters);
    DemandDistribution demand = DemandDistribution.of(parameters.demand());
    double[] chances = new double[observations.size()];
    for (int i = 0; i < chances.length; i++) {
      OverflowPredictor.Expectation e = expected.get(observations.get(i).id());
      chances[i] = demand.pFull(e.expectedDemand(), e.effectiveCapacity());
    }
    return chances;
  }

  /** Whether each observed session was full, with doors closing as the model says. */
  public static boolean[] outcomes(Schedule schedule, List<Observation> observations, OverflowParameters parameters) {
    Map<SessionId, OverflowPredictor.Expectation> expected = expectations(schedule, parameters);
    boolean[] full = new boolean[observations.size()];
    for (int i = 0; i < full.length; i++) {
      full[i] = observations.get(i).wasFull(expected.get(observations.get(i).id()).effectiveCapacity());
    }
    return full;
  }

  static double logLikelihood(Schedule schedule, List<Observation> observations, OverflowParameters parameters) {
    Map<SessionId, OverflowPredictor.Expectation> expected = expectations(schedule, parameters);
    DemandDistribution demand = DemandDistribution.of(parameters.demand());
    double sum = 0;
    for (Observation observation : observations) {
      OverflowPredictor.Expectation e = expected.get(observation.id());
      if (e == null) {
        throw new IllegalArgumentException("no forecast for observed session " + observation.id());
      }
      sum += Math.log(Math.max(SMALLEST, chance(observation, e, demand)));
    }
    return sum;
  }

  private static double chance(Observation observation, OverflowPredictor.Expectation e, DemandDistribution demand) {
    long limit = DemandDistribution.floor(e.effectiveCapacity());
    if (observation.headcount().isPresent() && observation.headcount().getAsInt() < limit) {
      return demand.pmf(e.expectedDemand(), observation.headcount().getAsInt());
    }
    if (observation.headcount().isPresent()) {
      return demand.pFull(e.expectedDemand(), limit - 1);
    }
    double full = demand.pFull(e.expectedDemand(), e.effectiveCapacity());
    return observation.full() ? full : 1 - full;
  }

  private static Map<SessionId, OverflowPredictor.Expectation> expectations(Schedule schedule, OverflowParameters parameters) {
    Map<SessionId, OverflowPredictor.Expectation> byId = new HashMap<>();
    new OverflowPredictor(parameters).expectations(schedule).forEach(e -> byId.put(e.session().id(), e));
    return byId;
  }

  /** The base model with the optimiser's vector laid over it; out-of-range values give null (refused). */
  private OverflowParameters parametersAt(double[] point) {
    double scale = Math.exp(point[3]);
    double cv = Math.exp(point[4]);
    OverflowParameters.Attendance a = base.attendance();
    if (!(cv >= SMALLEST_CV && cv <= LARGEST_CV) || a.inSessions() * scale > 1 || !Double.isFinite(scale)) {
      return null;
    }
    OverflowParameters.Choice c = base.choice();
    OverflowParameters.Demand d = base.demand();
    return base
        .withAttendance(new OverflowParameters.Attendance(a.noShow(), a.inSessions() * scale,
            Math.min(1, a.keynoteInSessions() * scale), a.afterKeynoteFactor(), a.afterKeynoteMinutes(),
            a.lastSlotFactor(), a.lastSlotMinutes(), a.lastDayFactor()))
        .withChoice(new OverflowParameters.Choice(point[2], c.typeWeights(), c.trackWeights(), c.hotTopics(),
            point[1], point[0], c.minOverlap(), c.referenceMinutes(), c.content()))
        .withDemand(new OverflowParameters.Demand(cv, d.slotShock(), d.quadratureNodes(), d.capacityFactor()));
  }
}
