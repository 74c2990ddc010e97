package dev.planner.overflow;

import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fits the choice step's weights of what a schedule says about its sessions (type, length, track,
 * topic words, shared topics, speakers of several sessions) to favourites: within a time slot (the
 * sessions starting at the same instant), the favourites are draws among its sessions with the
 * logit shares, so the weights maximise Σ s_j ln P_j over slots, s_j being a session's share of its
 * slot's favourites (every slot counts once, whatever its total), minus an L2 penalty. Topic words
 * enter only when enough sessions have them. The likelihood is concave: Newton's method finds its
 * maximum, deterministically.
 */
public final class FavouritesFit {
  /** The groups of terms a fit may learn. */
  public enum Family { TYPE, DURATION, TRACK, TOPICS, SHARED_TOPICS, REPEAT_SPEAKER }

  /**
   * How to fit.
   *
   * @param penalty the L2 penalty λ on every weight
   * @param minSessions a topic word enters the vocabulary when at least this many fitted sessions have it
   * @param minSessionsPerSchedule and at least this many in every schedule fitted on (0: no such rule)
   * @param abstractFactor the share of a topic's weight counted when the word is not in the title
   */
  public record Settings(double penalty, int minSessions, int minSessionsPerSchedule, double abstractFactor,
      Set<Family> families) {
    public Settings {
      if (!(penalty > 0) || Double.isInfinite(penalty)) {
        throw new IllegalArgumentException("the penalty must be a positive number, was " + penalty);
      }
      if (minSessions < 1 || minSessionsPerSchedule < 0) {
        throw new IllegalArgumentException("vocabulary thresholds must be at least 1 (and 0 per schedule)");
      }
      if (!(abstractFactor >= 0 && abstractFactor <= 1)) {
        throw new IllegalArgumentException("abstractFactor must be from 0 to 1, was " + abstractFactor);
      }
      families = families.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(families));
    }

    /** The settings the shipped defaults were fitted with (docs/overflow-model.md). */
    public static Settings standard() {
      return new Settings(3, 8, 0, 0.5, EnumSet.of(Family.TYPE, Family.TOPICS));
    }

    public Settings with(Set<Family> newFamilies) {
      return new Settings(penalty, minSessions, minSessionsPerSchedule, abstractFactor, newFamilies);
    }
  }

  /** A fitted choice step, with what it was fitted on. */
  public record Result(OverflowParameters.Choice choice, Map<String, Double> weights, int slots, int sessions,
      double logLikelihood) {}

  /** One time slot with favourites: the sessions starting at the same instant, two or more, some favourited. */
  record Slot(int schedule, LocalDate day, List<Session> sessions, List<ChoiceFeatures.Of> inputs, double[] shares) {}

  private FavouritesFit() {}

  /** The time slots of a schedule whose favourites can be fitted. */
  static List<Slot> slots(Schedule schedule, int index) {
    List<Session> withFavourites = schedule.sessions().stream()
        .filter(session -> session.type().isPlannable() && session.signals().favourites().isPresent())
        .toList();
    ChoiceFeatures features = new ChoiceFeatures(schedule.sessions().stream().filter(s -> s.type().isPlannable()).toList());
    Map<Instant, List<Session>> byStart = new TreeMap<>();
    for (Session session : withFavourites) {
      byStart.computeIfAbsent(session.start().toInstant(), start -> new ArrayList<>()).add(session);
    }
    List<Slot> slots = new ArrayList<>();
    for (List<Session> group : byStart.values()) {
      group.sort((a, b) -> a.id().value().compareTo(b.id().value()));
      double total = group.stream().mapToInt(s -> s.signals().favourites().getAsInt()).sum();
      if (group.size() < 2 || total <= 0) {
        continue;
      }
      double[] shares = group.stream().mapToDouble(s -> s.signals().favourites().getAsInt() / total).toArray();
      slots.add(new Slot(index, group.get(0).start().toLocalDate(), List.copyOf(group),
          group.stream().map(features::of).toList(), shares));
    }
    return slots;
  }

  /** The slots of several schedules, each schedule numbered by its place in the list. */
  static List<Slot> slots(List<Schedule> schedules) {
    List<Slot> all = new ArrayList<>();
    for (int i = 0; i < schedules.size(); i++) {
      all.addAll(slots(schedules.get(i), i));
    }
    return all;
  }

  /** Fits the weights to the favourites of one or more schedules, starting from a base choice step. */
  public static Result fit(List<Schedule> schedules, OverflowParameters.Choice base, Settings settings) {
    List<Slot> slots = slots(schedules);
    if (slots.isEmpty()) {
      throw new IllegalArgumentException("no time slot has two or more sessions with favourites");
    }
    return fitSlots(slots, base, settings);
  }

  static Result fitSlots(List<Slot> slots, OverflowParameters.Choice base, Settings settings) {
    Design design = Design.of(slots, base, settings);
    double[] weights = maximise(design, settings.penalty());
    return design.result(weights, base, settings, logLikelihood(design, weights, 0));
  }

  /** Newton's method with step halving on the penalised log-likelihood, which is concave. */
  private static double[] maximise(Design design, double penalty) {
    int d = design.columns.size();
    double[] w = new double[d];
    double current = logLikelihood(design, w, penalty);
    for (int iteration = 0; iteration < 100 && d > 0; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int j = 0; j < d; j++) {
        gradient[j] = -penalty * w[j];
        hessian[j][j] = penalty;
      }
      for (int s = 0; s < design.rows.size(); s++) {
        double[][] x = design.rows.get(s);
        double[] p = shares(x, design.offsets.get(s), w);
        double[] shares = design.slots.get(s).shares();
        double[] mean = new double[d];
        for (int i = 0; i < x.length; i++) {
          for (int j = 0; j < d; j++) {
            gradient[j] += (shares[i] - p[i]) * x[i][j];
            mean[j] += p[i] * x[i][j];
          }
        }
        for (int i = 0; i < x.length; i++) {
          for (int j = 0; j < d; j++) {
            if (x[i][j] == 0) {
              continue;
            }
            for (int k = 0; k < d; k++) {
              hessian[j][k] += p[i] * x[i][j] * x[i][k];
            }
          }
        }
        for (int j = 0; j < d; j++) {
          for (int k = 0; k < d; k++) {
            hessian[j][k] -= mean[j] * mean[k];
          }
        }
      }
      double[] step = solve(hessian, gradient);
      double scale = 1;
      double[] next = new double[d];
      double value = Double.NEGATIVE_INFINITY;
      for (int halving = 0; halving < 30; halving++, scale /= 2) {
        for (int j = 0; j < d; j++) {
          next[j] = w[j] + scale * step[j];
        }
        value = logLikelihood(design, next, penalty);
        if (value >= current) {
          break;
        }
      }
      if (!(value >= current)) {
        break;
      }
      double largest = 0;
      for (int j = 0; j < d; j++) {
        largest = Math.max(largest, Math.abs(next[j] - w[j]));
      }
      w = next.clone();
      current = value;
      if (largest < 1e-9) {
        break;
      }
    }
    return w;
  }

  private static double logLikelihood(Design design, double[] w, double penalty) {
    double sum = 0;
    for (int s = 0; s < design.rows.size(); s++) {
      double[] p = shares(design.rows.get(s), design.offsets.get(s), w);
      double[] shares = design.slots.get(s).shares();
      for (int i = 0; i < p.length; i++) {
        if (shares[i] > 0) {
          sum += shares[i] * Math.log(p[i]);
        }
      }
    }
    double squares = 0;
    for (double weight : w) {
      squares += weight * weight;
    }
    return sum - penalty * squares / 2;
  }

  private static double[] shares(double[][] x, double[] offsets, double[] w) {
    double[] u = new double[x.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < x.length; i++) {
      u[i] = offsets[i];
      for (int j = 0; j < w.length; j++) {
        u[i] += x[i][j] * w[j];
      }
      max = Math.max(max, u[i]);
    }
    double total = 0;
    for (int i = 0; i < u.length; i++) {
      u[i] = Math.exp(u[i] - max);
      total += u[i];
    }
    for (int i = 0; i < u.length; i++) {
      u[i] /= total;
    }
    return u;
  }

  /** Solves A x = b for a symmetric positive definite A by Cholesky decomposition. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
      }
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * y[k];
      }
      y[i] = sum / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = y[i];
      for (int k = i + 1; k < n; k++) {
        sum -= l[k][i] * x[k];
      }
      x[i] = sum / l[i][i];
    }
    return x;
  }

  /** The columns of the fit and every slot's rows of term values and fixed offsets. */
  private static final class Design {
    final List<Slot> slots;
    final List<String> columns = new ArrayList<>();
    final List<double[][]> rows = new ArrayList<>();
    final List<double[]> offsets = new ArrayList<>();
    final Map<String, String> surfaceForms = new HashMap<>();

    private Design(List<Slot> slots) {
      this.slots = slots;
    }

    static Design of(List<Slot> slots, OverflowParameters.Choice base, Settings settings) {
      Design design = new Design(slots);
      Set<Family> families = settings.families();
      Map<String, Integer> typeCounts = new TreeMap<>();
      Map<String, Integer> trackCounts = new TreeMap<>();
      Map<String, Integer> wordCounts = new TreeMap<>();
      Map<Integer, Map<String, Integer>> wordCountsBySchedule = new TreeMap<>();
      Map<String, Map<String, Integer>> spellings = new HashMap<>();
      for (Slot slot : slots) {
        for (int i = 0; i < slot.sessions().size(); i++) {
          ChoiceFeatures.Of input = slot.inputs().get(i);
          typeCounts.merge(input.type().label(), 1, Integer::sum);
          trackCounts.merge(input.track().toLowerCase(Locale.ROOT), 1, Integer::sum);
          Set<String> words = new java.util.TreeSet<>(input.titleWords());
          words.addAll(input.bodyWords());
          for (String word : words) {
            wordCounts.merge(word, 1, Integer::sum);
            wordCountsBySchedule.computeIfAbsent(slot.schedule(), key -> new TreeMap<>()).merge(word, 1, Integer::sum);
          }
          Session session = slot.sessions().get(i);
          TopicWords.surfaceForms(session.title() + "\n" + ChoiceFeatures.bodyText(session)).forEach((folded, surface) ->
              spellings.computeIfAbsent(folded, key -> new TreeMap<>()).merge(surface, 1, Integer::sum));
        }
      }
      if (families.contains(Family.TYPE)) {
        typeCounts.forEach((type, count) -> {
          if (!type.equals(SessionType.TALK.label()) && count >= 2) {
            design.columns.add("type " + type);
          }
        });
      }
      if (families.contains(Family.DURATION)) {
        design.columns.add("duration");
      }
      if (families.contains(Family.TRACK)) {
        trackCounts.forEach((track, count) -> {
          if (!track.isEmpty() && count >= settings.minSessions()) {
            design.columns.add("track " + track);
          }
        });
      }
      if (families.contains(Family.SHARED_TOPICS)) {
        design.columns.add("shared topics");
      }
      if (families.contains(Family.REPEAT_SPEAKER)) {
        design.columns.add("repeat speaker");
      }
      if (families.contains(Family.TOPICS)) {
        wordCounts.forEach((word, count) -> {
          boolean everywhere = wordCountsBySchedule.values().stream()
              .allMatch(counts -> counts.getOrDefault(word, 0) >= settings.minSessionsPerSchedule());
          if (count >= settings.minSessions() && everywhere) {
            design.columns.add("topic " + word);
            design.surfaceForms.put(word, mostUsed(spellings.get(word)));
          }
        });
      }
      Map<String, Integer> index = new HashMap<>();
      for (int j = 0; j < design.columns.size(); j++) {
        index.put(design.columns.get(j), j);
      }
      for (Slot slot : slots) {
        double[][] x = new double[slot.sessions().size()][design.columns.size()];
        double[] offset = new double[slot.sessions().size()];
        for (int i = 0; i < x.length; i++) {
          ChoiceFeatures.Of input = slot.inputs().get(i);
          offset[i] = base.lengthTerm(input.minutes());
          if (!families.contains(Family.TYPE)) {
            offset[i] += base.typeWeight(input.type());
          }
          set(x[i], index, "type " + input.type().label(), 1);
          set(x[i], index, "duration", Attractiveness.durationValue(input.minutes(), base.referenceMinutes()));
          set(x[i], index, "track " + input.track().toLowerCase(Locale.ROOT), 1);
          set(x[i], index, "shared topics", input.sharedTopics());
          set(x[i], index, "repeat speaker", input.repeatSpeaker() ? 1 : 0);
          for (String word : input.titleWords()) {
            set(x[i], index, "topic " + word, 1);
          }
          for (String word : input.bodyWords()) {
            set(x[i], index, "topic " + word, settings.abstractFactor());
          }
        }
        design.rows.add(x);
        design.offsets.add(offset);
      }
      return design;
    }

    private static void set(double[] row, Map<String, Integer> index, String column, double value) {
      Integer j = index.get(column);
      if (j != null) {
        row[j] = value;
      }
    }

    private static String mostUsed(Map<String, Integer> spellings) {
      // The commonest spelling; among equally common ones the first in alphabetical order.
      String best = null;
      for (Map.Entry<String, Integer> spelling : spellings.entrySet()) {
        if (best == null || spelling.getValue() > spellings.get(best)) {
          best = spelling.getKey();
        }
      }
      return best;
    }

    Result result(double[] w, OverflowParameters.Choice base, Settings settings, double logLikelihood) {
      Set<Family> families = settings.families();
      Map<String, Double> weights = new java.util.LinkedHashMap<>();
      Map<SessionType, Double> types = new EnumMap<>(SessionType.class);
      types.putAll(base.typeWeights());
      Map<String, Double> tracks = new TreeMap<>(base.trackWeights());
      Map<String, Double> topics = families.contains(Family.TOPICS) ? new TreeMap<>() : new TreeMap<>(base.hotTopics());
      OverflowParameters.ContentTerms content = base.content();
      double duration = content.durationWeight();
      double shared = content.sharedTopicWeight();
      double repeat = content.repeatSpeakerWeight();
      if (families.contains(Family.TYPE)) {
        types.put(SessionType.TALK, 0.0);
      }
      if (families.contains(Family.TRACK)) {
        tracks.clear();
      }
      for (int j = 0; j < columns.size(); j++) {
        String column = columns.get(j);
        double value = w[j];
        weights.put(column, value);
        if (column.startsWith("type ")) {
          types.put(SessionType.fromLabel(column.substring(5)), value);
        } else if (column.startsWith("track ")) {
          tracks.put(column.substring(6), value);
        } else if (column.startsWith("topic ")) {
          topics.put(surfaceForms.get(column.substring(6)), value);
        } else if (column.equals("duration")) {
          duration = value;
        } else if (column.equals("shared topics")) {
          shared = value;
        } else if (column.equals("repeat speaker")) {
          repeat = value;
        }
      }
      double abstractFactor = families.contains(Family.TOPICS) ? settings.abstractFactor() : content.abstractFactor();
      OverflowParameters.Choice choice = new OverflowParameters.Choice(base.hallwayUtility(), types, tracks, topics,
          base.signalWeight(), base.roomWeight(), base.minOverlap(), base.referenceMinutes(),
          new OverflowParameters.ContentTerms(abstractFactor, duration, shared, repeat));
      int sessions = slots.stream().mapToInt(slot -> slot.sessions().size()).sum();
      return new Result(choice, weights, slots.size(), sessions, logLikelihood);
    }
  }
}
