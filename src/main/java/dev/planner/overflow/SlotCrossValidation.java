package dev.planner.overflow;

import dev.planner.model.Room;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Scores the fitted model against the design's baselines by k-fold cross-validation over whole time
 * slots: sessions starting at the same time are held out together (fold = index of the start time
 * modulo k), so a slot's shared surge never helps predict itself. Each fold fits on the others.
 */
public final class SlotCrossValidation {
  private final OverflowParameters base;
  private final int folds;

  public SlotCrossValidation(OverflowParameters base, int folds) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, was " + folds);
    }
    this.base = base;
    this.folds = folds;
  }

  /** Scores of the fitted model first, then the base rate, small room, sign-ups over capacity and the logistic regression. */
  public List<ForecastScores> scores(Schedule schedule, List<Observation> observations) {
    Map<SessionId, Session> sessions = new HashMap<>();
    schedule.sessions().forEach(session -> sessions.put(session.id(), session));
    Map<SessionId, Room> rooms = new HashMap<>();
    schedule.sessions().forEach(session -> rooms.put(session.id(), schedule.roomsById().get(session.room())));
    int n = observations.size();
    int[] fold = foldsBySlot(observations, sessions);
    int k = Arrays.stream(fold).max().orElse(0) + 1;
    if (k < 2) {
      throw new IllegalArgumentException("cross-validation needs sessions in at least 2 time slots");
    }
    boolean[] full = Calibrator.outcomes(schedule, observations, base);
    double[] seats = new double[n];
    double[] signups = new double[n];
    for (int i = 0; i < n; i++) {
      SessionId id = observations.get(i).id();
      seats[i] = rooms.get(id).capacity();
      OptionalInt counted = sessions.get(id).signals().strongest();
      // Sessions without sign-ups (keynotes, sponsored talks) are not "zero interest": the sign-up baselines give them their own rate.
      signups[i] = counted.isPresent() ? counted.getAsInt() : Double.NaN;
    }
    double[][] predicted = new double[5][n];
    for (int f = 0; f < k; f++) {
      List<Observation> training = new ArrayList<>();
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (fold[i] == f) {
          test.add(i);
        } else {
          train.add(i);
          training.add(observations.get(i));
        }
      }
      OverflowParameters fitted = new Calibrator(base).fit(schedule, training).parameters();
      double[] model = Calibrator.pFull(schedule, test.stream().map(observations::get).toList(), fitted);
      Baselines baselines = Baselines.train(select(full, train), select(seats, train), select(signups, train));
      for (int t = 0; t < test.size(); t++) {
        int i = test.get(t);
        predicted[0][i] = model[t];
        predicted[1][i] = baselines.baseRate();
        predicted[2][i] = baselines.smallRoom(seats[i]);
        predicted[3][i] = baselines.signupsOverCapacity(signups[i], seats[i]);
        predicted[4][i] = baselines.logistic(signups[i], seats[i]);
      }
    }
    String[] names = {"fitted model", "base rate", "small room", "sign-ups / capacity > t", "logistic on ln(sign-ups / capacity)"};
    List<ForecastScores> scores = new ArrayList<>();
    for (int m = 0; m < names.length; m++) {
      scores.add(ForecastScores.of(names[m], predicted[m], full));
    }
    return scores;
  }

  private int[] foldsBySlot(List<Observation> observations, Map<SessionId, Session> sessions) {
    TreeSet<ZonedDateTime> starts = new TreeSet<>();
    observations.forEach(observation -> starts.add(sessions.get(observation.id()).start()));
    List<ZonedDateTime> ordered = List.copyOf(starts);
    int[] fold = new int[observations.size()];
    for (int i = 0; i < fold.length; i++) {
      fold[i] = ordered.indexOf(sessions.get(observations.get(i).id()).start()) % folds;
    }
    return fold;
  }

  private static double[] select(double[] values, List<Integer> indices) {
    return indices.stream().mapToDouble(i -> values[i]).toArray();
  }

  private static boolean[] select(boolean[] values, List<Integer> indices) {
    boolean[] selected = new boolean[indices.size()];
    for (int i = 0; i < selected.length; i++) {
      selected[i] = values[indices.get(i)];
    }
    return selected;
  }
}
