package dev.planner.overflow;

import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * How well predicted demand orders the sessions of a time slot by their real favourites: the mean
 * within-slot Spearman correlation, with the favourites withheld from the prediction, for models
 * fitted without the slot's whole day (or without its whole schedule) and for simple baselines.
 * A slot whose predictions are all equal scores 0; one whose favourites are all equal is left out.
 */
public final class FavouritesCrossValidation {
  /** One model's mean correlation, over every scored slot and per schedule. */
  public record Score(String model, double mean, double[] bySchedule, int slots) {}

  private FavouritesCrossValidation() {}

  /** Each day of each schedule predicted by a fit on every other day of every schedule. */
  public static List<Score> byDay(List<Schedule> schedules, OverflowParameters.Choice base, FavouritesFit.Settings settings) {
    List<FavouritesFit.Slot> slots = FavouritesFit.slots(schedules);
    Map<String, List<FavouritesFit.Slot>> folds = new LinkedHashMap<>();
    for (FavouritesFit.Slot slot : slots) {
      folds.computeIfAbsent(slot.schedule() + " " + slot.day(), key -> new ArrayList<>()).add(slot);
    }
    return scores(schedules, base, settings, slots, folds);
  }

  /** Each schedule predicted by a fit on the others: does what was learned transfer? */
  public static List<Score> bySchedule(List<Schedule> schedules, OverflowParameters.Choice base,
      FavouritesFit.Settings settings) {
    List<FavouritesFit.Slot> slots = FavouritesFit.slots(schedules);
    Map<String, List<FavouritesFit.Slot>> folds = new LinkedHashMap<>();
    for (FavouritesFit.Slot slot : slots) {
      folds.computeIfAbsent(Integer.toString(slot.schedule()), key -> new ArrayList<>()).add(slot);
    }
    return scores(schedules, base, settings, slots, folds);
  }

  private static List<Score> scores(List<Schedule> schedules, OverflowParameters.Choice base,
      FavouritesFit.Settings settings, List<FavouritesFit.Slot> slots, Map<String, List<FavouritesFit.Slot>> folds) {
    OverflowParameters.Choice previous = withoutSignals(base);
    FavouritesFit.Settings typeOnly = settings.with(java.util.EnumSet.of(FavouritesFit.Family.TYPE));
    // Session type alone: no topic, track or content term of the base may speak.
    OverflowParameters.Choice typesBase = new OverflowParameters.Choice(base.hallwayUtility(), base.typeWeights(),
        java.util.Map.of(), java.util.Map.of(), base.signalWeight(), base.roomWeight(), base.minOverlap(),
        base.referenceMinutes(), OverflowParameters.ContentTerms.NONE);
    Map<String, List<double[]>> correlations = new LinkedHashMap<>();
    for (String model : List.of("room size alone", "session type alone (fitted)", "weights in use",
        "weights in use with room size", "fitted", "fitted with room size")) {
      correlations.put(model, new ArrayList<>());
    }
    for (List<FavouritesFit.Slot> test : folds.values()) {
      List<FavouritesFit.Slot> training = slots.stream().filter(slot -> !test.contains(slot)).toList();
      if (training.isEmpty()) {
        continue;
      }
      OverflowParameters.Choice fitted = withoutSignals(FavouritesFit.fitSlots(training, base, settings).choice());
      OverflowParameters.Choice types = withoutSignals(FavouritesFit.fitSlots(training, typesBase, typeOnly).choice());
      for (FavouritesFit.Slot slot : test) {
        Schedule schedule = schedules.get(slot.schedule());
        Map<RoomId, Room> rooms = schedule.roomsById();
        add(correlations, "room size alone", slot, rooms, (session, room) -> Math.log(room.capacity()));
        add(correlations, "session type alone (fitted)", slot, rooms, utility(schedule, withoutRoom(types)));
        add(correlations, "weights in use", slot, rooms, utility(schedule, withoutRoom(previous)));
        add(correlations, "weights in use with room size", slot, rooms, utility(schedule, previous));
        add(correlations, "fitted", slot, rooms, utility(schedule, withoutRoom(fitted)));
        add(correlations, "fitted with room size", slot, rooms, utility(schedule, fitted));
      }
    }
    List<Score> scores = new ArrayList<>();
    correlations.forEach((model, values) -> {
      double[] sums = new double[schedules.size()];
      int[] counts = new int[schedules.size()];
      double total = 0;
      for (double[] value : values) {
        sums[(int) value[0]] += value[1];
        counts[(int) value[0]]++;
        total += value[1];
      }
      double[] bySchedule = new double[schedules.size()];
      for (int i = 0; i < sums.length; i++) {
        bySchedule[i] = counts[i] == 0 ? Double.NaN : sums[i] / counts[i];
      }
      scores.add(new Score(model, values.isEmpty() ? Double.NaN : total / values.size(), bySchedule, values.size()));
    });
    return scores;
  }

  private static void add(Map<String, List<double[]>> correlations, String model, FavouritesFit.Slot slot,
      Map<RoomId, Room> rooms, BiFunction<Session, Room, Double> utility) {
    double[] predicted = new double[slot.sessions().size()];
    for (int i = 0; i < predicted.length; i++) {
      Session session = slot.sessions().get(i);
      predicted[i] = utility.apply(session, rooms.get(session.room()));
    }
    double correlation = spearman(predicted, slot.shares());
    if (!Double.isNaN(correlation)) {
      correlations.get(model).add(new double[] {slot.schedule(), correlation});
    }
  }

  private static BiFunction<Session, Room, Double> utility(Schedule schedule, OverflowParameters.Choice choice) {
    List<Session> plannable = schedule.sessions().stream().filter(s -> s.type().isPlannable()).toList();
    Attractiveness attractiveness = new Attractiveness(choice, 1, 0, plannable);
    return (session, room) -> Attractiveness.sum(attractiveness.terms(session, room));
  }

  private static OverflowParameters.Choice withoutSignals(OverflowParameters.Choice choice) {
    return new OverflowParameters.Choice(choice.hallwayUtility(), choice.typeWeights(), choice.trackWeights(),
        choice.hotTopics(), 0, choice.roomWeight(), choice.minOverlap(), choice.referenceMinutes(), choice.content());
  }

  private static OverflowParameters.Choice withoutRoom(OverflowParameters.Choice choice) {
    return new OverflowParameters.Choice(choice.hallwayUtility(), choice.typeWeights(), choice.trackWeights(),
        choice.hotTopics(), choice.signalWeight(), 0, choice.minOverlap(), choice.referenceMinutes(), choice.content());
  }

  /** Spearman's rank correlation with average ranks for ties; 0 when the prediction is constant, NaN when the truth is. */
  static double spearman(double[] predicted, double[] truth) {
    double[] a = ranks(predicted);
    double[] b = ranks(truth);
    double meanA = Arrays.stream(a).average().orElse(0);
    double meanB = Arrays.stream(b).average().orElse(0);
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += (a[i] - meanA) * (b[i] - meanB);
      aa += (a[i] - meanA) * (a[i] - meanA);
      bb += (b[i] - meanB) * (b[i] - meanB);
    }
    if (bb == 0) {
      return Double.NaN;
    }
    return aa == 0 ? 0 : ab / Math.sqrt(aa * bb);
  }

  private static double[] ranks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
    double[] ranks = new double[values.length];
    for (int start = 0; start < order.length; ) {
      int end = start;
      while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
        end++;
      }
      double rank = (start + end) / 2.0 + 1;
      for (int k = start; k <= end; k++) {
        ranks[order[k]] = rank;
      }
      start = end + 1;
    }
    return ranks;
  }
}
