package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.planner.model.Schedule;
import dev.planner.model.SessionType;
import dev.planner.model.Signals;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FavouritesFitTest {
  private static final List<String> WORDS = List.of("agents", "security", "kubernetes", "testing", "streams", "records");
  private static final Map<String, Double> TRUE_TOPICS = Map.of("agent", 0.8, "security", -0.4, "kubernetes", 0.3);
  private static final Map<SessionType, Double> TRUE_TYPES = Map.of(SessionType.WORKSHOP, -0.5, SessionType.TUTORIAL, 0.4);
  private static final List<SessionType> TYPES = List.of(SessionType.TALK, SessionType.TALK, SessionType.WORKSHOP,
      SessionType.TUTORIAL);

  /** Favourites drawn from the logit shares that known weights give, slot by slot. */
  private static Schedule simulated(long seed) {
    Random random = new Random(seed);
    TestSchedules schedule = new TestSchedules();
    for (int room = 0; room < 6; room++) {
      schedule.room("r" + room, 300);
    }
    for (int day = 0; day < 4; day++) {
      for (int slot = 0; slot < 10; slot++) {
        String from = String.format("%02d:00", 8 + slot);
        String to = String.format("%02d:45", 8 + slot);
        double[] utility = new double[6];
        String[] titles = new String[6];
        SessionType[] types = new SessionType[6];
        for (int i = 0; i < 6; i++) {
          String first = WORDS.get(random.nextInt(WORDS.size()));
          String second = WORDS.get(random.nextInt(WORDS.size()));
          titles[i] = "Practical " + first + " and " + second;
          types[i] = TYPES.get(random.nextInt(TYPES.size()));
          utility[i] = TRUE_TYPES.getOrDefault(types[i], 0.0);
          for (String word : TopicWords.of(titles[i])) {
            utility[i] += TRUE_TOPICS.getOrDefault(word, 0.0);
          }
        }
        int[] favourites = draw(utility, 3000, random);
        for (int i = 0; i < 6; i++) {
          schedule.session("d" + day + "s" + slot + "t" + i, "r" + i, TestSchedules.DAY.plusDays(day), from, to,
              titles[i], types[i], new Signals(OptionalInt.of(favourites[i]), OptionalInt.empty()));
        }
      }
    }
    return schedule.build();
  }

  private static int[] draw(double[] utility, int count, Random random) {
    double total = 0;
    for (double u : utility) {
      total += Math.exp(u);
    }
    int[] favourites = new int[utility.length];
    for (int n = 0; n < count; n++) {
      double pick = random.nextDouble() * total;
      int i = 0;
      while (i < utility.length - 1 && (pick -= Math.exp(utility[i])) > 0) {
        i++;
      }
      favourites[i]++;
    }
    return favourites;
  }

  @Test
  void recoversTheWeightsTheFavouritesWereDrawnWith() {
    FavouritesFit.Settings settings = new FavouritesFit.Settings(0.01, 5, 0, 0.5,
        EnumSet.of(FavouritesFit.Family.TYPE, FavouritesFit.Family.TOPICS));

    FavouritesFit.Result fit = FavouritesFit.fit(List.of(simulated(7)), TestSchedules.DEFAULTS.choice(), settings);

    assertThat(fit.slots()).isEqualTo(40);
    assertThat(fit.weights().get("type workshop")).isCloseTo(-0.5, within(0.1));
    assertThat(fit.weights().get("type tutorial")).isCloseTo(0.4, within(0.1));
    assertThat(fit.weights().get("topic agent")).isCloseTo(0.8, within(0.1));
    assertThat(fit.weights().get("topic security")).isCloseTo(-0.4, within(0.1));
    assertThat(fit.weights().get("topic kubernetes")).isCloseTo(0.3, within(0.1));
    assertThat(fit.weights().get("topic testing")).isCloseTo(0.0, within(0.1));
    assertThat(fit.choice().hotTopics()).containsKey("agents").doesNotContainKey("agent");
    assertThat(fit.choice().typeWeight(SessionType.TALK)).isZero();
  }

  @Test
  void aStrongerPenaltyShrinksEveryWeightTowardsZero() {
    Schedule schedule = simulated(11);
    FavouritesFit.Settings loose = new FavouritesFit.Settings(0.01, 5, 0, 0.5, EnumSet.of(FavouritesFit.Family.TOPICS));

    double free = FavouritesFit.fit(List.of(schedule), TestSchedules.DEFAULTS.choice(), loose).weights().get("topic agent");
    double shrunk = FavouritesFit.fit(List.of(schedule), TestSchedules.DEFAULTS.choice(),
        new FavouritesFit.Settings(100, 5, 0, 0.5, EnumSet.of(FavouritesFit.Family.TOPICS))).weights().get("topic agent");

    assertThat(shrunk).isPositive().isLessThan(free / 2);
  }

  @Test
  void wordsTooFewSessionsHaveAreNotLearned() {
    FavouritesFit.Settings settings = new FavouritesFit.Settings(1, 1000, 0, 0.5, EnumSet.of(FavouritesFit.Family.TOPICS));

    FavouritesFit.Result fit = FavouritesFit.fit(List.of(simulated(3)), TestSchedules.DEFAULTS.choice(), settings);

    assertThat(fit.choice().hotTopics()).isEmpty();
  }

  @Test
  void learnedWeightsOrderHeldOutDaysByTheirFavourites() {
    List<FavouritesCrossValidation.Score> scores = FavouritesCrossValidation.byDay(List.of(simulated(5)),
        TestSchedules.DEFAULTS.choice(), new FavouritesFit.Settings(0.1, 5, 0, 0.5,
            EnumSet.of(FavouritesFit.Family.TYPE, FavouritesFit.Family.TOPICS)));

    FavouritesCrossValidation.Score fitted = scores.stream().filter(s -> s.model().equals("fitted")).findFirst().orElseThrow();
    FavouritesCrossValidation.Score room = scores.stream().filter(s -> s.model().equals("room size alone")).findFirst().orElseThrow();
    assertThat(fitted.slots()).isEqualTo(40);
    assertThat(fitted.mean()).isGreaterThan(0.6);
    assertThat(room.mean()).isZero();
  }

  @Test
  void spearmanUsesAverageRanksForTies() {
    assertThat(FavouritesCrossValidation.spearman(new double[] {1, 2, 3}, new double[] {10, 20, 30})).isEqualTo(1.0);
    assertThat(FavouritesCrossValidation.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isZero();
    assertThat(FavouritesCrossValidation.spearman(new double[] {1, 2, 3}, new double[] {5, 5, 5})).isNaN();
    assertThat(FavouritesCrossValidation.spearman(new double[] {3, 2, 1}, new double[] {1, 2, 2})).isCloseTo(-0.866, within(0.001));
  }
}
