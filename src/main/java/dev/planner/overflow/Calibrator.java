package dev.planner.overflow;

import dev.planner.model.Schedule;
import dev.planner.model.SessionId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fits the overflow model to what was seen at sessions by maximum likelihood: the room and signal
 * weights, the hallway's utility, a scale on the share of people in sessions, and the forecast error
 * (the negative binomial's dispersion). A session seen full or not adds ln P(full) or ln(1 − P(full));
 * a head count below the doors' limit adds ln P(D = count), one at the limit ln P(D ≥ limit).
 * The slot shock is kept as given: one conference cannot tell it from the forecast error.
 */
public final class Calibrator {
  /** Names of the fitted values, in the order of the optimiser's vector. */
  public static final List<String> FITTED = List.of(
      "choice.roomWeight", "choice.signalWeight", "choice.hallwayUtility", "attendance.inSessions scale", "demand.forecastCv");
  private static final double SMALLEST = 1e-12;

  private final OverflowParameters base;
  private final NelderMead optimiser = new NelderMead(1500, 1e-9);

  /** @param base the model to start from; every value not fitted is kept from it */
  public Calibrator(OverflowParameters base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  /** The fitted model, its log-likelihood at the optimum and how much work it took. */
  public record Fit(OverflowParameters parameters, double inSessionsScale, double logLikelihood, int evaluations) {}

  public Fit fit(Schedule schedule, List<Observation> observations) {
    if (observations.isEmpty()) {
      throw new IllegalArgumentException("nothing to fit: no observations");
    }
    double[] start = {base.choice().roomWeight(), base.choice().signalWeight(), base.choice().hallwayUtility(), 0,
        Math.log(base.demand().forecastCv())};
    NelderMead.Minimum minimum = optimiser.minimise(
        point -> {
          OverflowParameters at = parametersAt(point);
          return at == null ? Double.POSITIVE_INFINITY : -logLikelihood(schedule, observations, at);
        }, start, 0.3);
    double[] best = minimum.point();
    return new Fit(parametersAt(best), Math.exp(best[3]), -minimum.value(), minimum.evaluations());
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
    if (!(cv >= 0.02 && cv <= 5) || a.inSessions() * scale > 1 || !Double.isFinite(scale)) {
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
