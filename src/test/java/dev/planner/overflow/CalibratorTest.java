package dev.planner.overflow;

import static dev.planner.overflow.TestSchedules.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.planner.model.Schedule;
import dev.planner.model.SessionType;
import dev.planner.model.Signals;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fit recovers the parameters that simulated the observations. */
class CalibratorTest {
  private static final int[] SEATS = {60, 80, 100, 120, 150, 180, 220, 260, 320, 400, 500, 650};
  private static final long SEED = 20310514L;
  private static Schedule schedule;
  private static OverflowParameters truth;

  @BeforeAll
  static void inventConference() {
    TestSchedules builder = new TestSchedules().attendees(6000);
    for (int room = 0; room < SEATS.length; room++) {
      builder.room("r" + room, SEATS[room]);
    }
    Random random = new Random(SEED);
    // Six days of ten 40-minute slots; each slot uses between 3 and all 12 rooms.
    for (int day = 0; day < 6; day++) {
      for (int slot = 0; slot < 10; slot++) {
        LocalTime start = LocalTime.of(8, 0).plusMinutes(50L * slot);
        int used = 3 + random.nextInt(SEATS.length - 2);
        for (int room = 0; room < used; room++) {
          int signups = (int) Math.round(Math.exp(4.5 + random.nextGaussian()));
          builder.session("d" + day + "s" + slot + "r" + room, "r" + room, DAY.plusDays(day), start.toString(),
              start.plusMinutes(40).toString(), "Talk " + day + slot + room, SessionType.TALK,
              new Signals(OptionalInt.empty(), OptionalInt.of(signups)));
        }
      }
    }
    schedule = builder.build();
    OverflowParameters formula = TestSchedules.DEFAULTS;
    OverflowParameters.Choice c = formula.choice();
    OverflowParameters.Demand d = formula.demand();
    truth = formula
        .withChoice(new OverflowParameters.Choice(0.2, c.typeWeights(), c.trackWeights(), c.hotTopics(), 0.7, 0.9,
            c.minOverlap(), c.referenceMinutes()))
        .withDemand(new OverflowParameters.Demand(0.3, d.slotShock(), d.quadratureNodes(), d.capacityFactor()));
  }

  /** Head counts drawn from the model: a slot shock per start time, a negative binomial per session, capped at the doors. */
  private static List<Observation> simulate(OverflowParameters parameters, boolean headcounts) {
    Random random = new Random(SEED + 1);
    DemandDistribution unused = DemandDistribution.of(parameters.demand());
    double sigma = parameters.demand().slotShock();
    double size = unused.size();
    java.util.Map<java.time.ZonedDateTime, Double> shocks = new java.util.TreeMap<>();
    List<Observation> observations = new ArrayList<>();
    for (OverflowPredictor.Expectation e : new OverflowPredictor(parameters).expectations(schedule)) {
      double z = shocks.computeIfAbsent(e.session().start(), start -> Math.exp(-sigma * sigma / 2 + sigma * random.nextGaussian()));
      double lambda = gamma(random, size) / size * z * e.expectedDemand();
      long demand = poisson(random, lambda);
      long limit = (long) Math.floor(e.effectiveCapacity());
      observations.add(headcounts
          ? Observation.counted(e.session().id(), (int) Math.min(demand, limit))
          : Observation.full(e.session().id(), demand > limit));
    }
    return observations;
  }

  @Test
  void recoversTheWeightsAndTheForecastErrorFromHeadCounts() {
    List<Observation> observations = simulate(truth, true);
    Calibrator.Fit fit = new Calibrator(TestSchedules.DEFAULTS).fit(schedule, observations);
    OverflowParameters found = fit.parameters();
    // Tolerances: about twice the error seen at this size (60 slots, about 450 sessions).
    assertThat(found.choice().roomWeight()).isCloseTo(0.9, within(0.15));
    assertThat(found.choice().signalWeight()).isCloseTo(0.7, within(0.1));
    assertThat(found.demand().forecastCv()).isCloseTo(0.3, within(0.06));
    // The hallway's pull and the share of people in sessions trade off against each other (both set
    // how many people a slot holds), so they are checked through what they make: expected demands.
    assertThat(medianRelativeError(found, truth)).isLessThan(0.08);
    assertThat(fit.logLikelihood())
        .isGreaterThanOrEqualTo(Calibrator.logLikelihood(schedule, observations, truth));
  }

  private static double medianRelativeError(OverflowParameters found, OverflowParameters expected) {
    List<OverflowPredictor.Expectation> fitted = new OverflowPredictor(found).expectations(schedule);
    List<OverflowPredictor.Expectation> actual = new OverflowPredictor(expected).expectations(schedule);
    double[] errors = new double[fitted.size()];
    for (int i = 0; i < errors.length; i++) {
      errors[i] = Math.abs(fitted.get(i).expectedDemand() / actual.get(i).expectedDemand() - 1);
    }
    java.util.Arrays.sort(errors);
    return errors[errors.length / 2];
  }

  @Test
  void theFitIsDeterministic() {
    List<Observation> observations = simulate(truth, false).subList(0, 80);
    Calibrator calibrator = new Calibrator(TestSchedules.DEFAULTS);
    assertThat(calibrator.fit(schedule, observations).parameters())
        .isEqualTo(calibrator.fit(schedule, observations).parameters());
  }

  @Test
  void theFittedModelBeatsTheBaseRateOutOfSample() {
    List<ForecastScores> scores = new SlotCrossValidation(TestSchedules.DEFAULTS, 4).scores(schedule, simulate(truth, false));
    assertThat(scores).extracting(ForecastScores::model).startsWith("fitted model", "base rate");
    assertThat(scores.get(0).brier()).isLessThan(scores.get(1).brier());
    assertThat(scores.get(0).auc()).isGreaterThan(0.75);
  }

  @Test
  void withoutSignUpsTheSignalWeightIsHeldAndThePriorKeepsTheHallwayNearItsStart() {
    TestSchedules builder = new TestSchedules().attendees(3000);
    for (int room = 0; room < 6; room++) {
      builder.room("q" + room, SEATS[room * 2]);
    }
    List<Observation> observations = new ArrayList<>();
    for (int slot = 0; slot < 8; slot++) {
      LocalTime start = LocalTime.of(9, 0).plusMinutes(50L * slot);
      for (int room = 0; room < 6; room++) {
        String id = "s" + slot + "r" + room;
        builder.session(id, "q" + room, DAY, start.toString(), start.plusMinutes(40).toString(), "Talk " + id,
            SessionType.TALK, Signals.NONE);
        // The small rooms of the morning were full, nothing else.
        observations.add(Observation.full(TestSchedules.id(id), room < 2 && slot < 4));
      }
    }
    OverflowParameters start = TestSchedules.DEFAULTS;
    Calibrator.Fit fit = new Calibrator(start).fit(builder.build(), observations);
    assertThat(fit.held()).containsExactly("choice.signalWeight");
    assertThat(fit.parameters().choice().signalWeight()).isEqualTo(start.choice().signalWeight());
    assertThat(fit.parameters().choice().hallwayUtility()).isBetween(start.choice().hallwayUtility() - 3,
        start.choice().hallwayUtility() + 3);
    assertThat(fit.parameters().choice().roomWeight()).isBetween(-2.0, 4.0);
  }

  @Test
  void aFitPushedToABoundSaysSo() {
    TestSchedules builder = new TestSchedules().attendees(1000).room("big", 600).room("bigger", 650);
    List<Observation> observations = new ArrayList<>();
    for (int slot = 0; slot < 6; slot++) {
      LocalTime start = LocalTime.of(9, 0).plusMinutes(50L * slot);
      for (String room : List.of("big", "bigger")) {
        String id = room + slot;
        builder.session(id, room, DAY, start.toString(), start.plusMinutes(40).toString(), "Talk " + id,
            SessionType.TALK, Signals.NONE);
        // Both huge rooms full all day with a thousand registered: more than everyone in sessions.
        observations.add(Observation.full(TestSchedules.id(id), true));
      }
    }
    Calibrator.Fit fit = new Calibrator(TestSchedules.DEFAULTS).fit(builder.build(), observations);
    assertThat(fit.warnings()).anySatisfy(warning -> assertThat(warning).contains("bound"));
  }

  @Test
  void aucCountsTiesAsHalf() {
    assertThat(ForecastScores.auc(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, true, false, true}))
        .isEqualTo(1.0);
    assertThat(ForecastScores.auc(new double[] {0.5, 0.5}, new boolean[] {false, true})).isEqualTo(0.5);
    assertThat(ForecastScores.of("x", new double[] {1, 0}, new boolean[] {true, false}).logLoss())
        .isCloseTo(-Math.log(0.99), within(1e-12));
  }

  /** A gamma draw, shape a and scale 1. */
  private static double gamma(Random random, double a) {
    return RandomDraws.gamma(random, a);
  }

  /** Poisson by inversion for small means and a normal approximation for large ones (≥ 500). */
  private static long poisson(Random random, double lambda) {
    if (lambda >= 500) {
      return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
    }
    double u = random.nextDouble();
    double p = Math.exp(-lambda);
    double cumulative = p;
    long k = 0;
    while (u > cumulative && k < 100_000) {
      k++;
      p *= lambda / k;
      cumulative += p;
    }
    return k;
  }
}
