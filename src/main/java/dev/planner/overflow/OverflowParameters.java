package dev.planner.overflow;

import dev.planner.model.SessionType;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every number of the overflow model (docs/overflow-model.md); the defaults ship in
 * {@code dev/planner/overflow/default-model.yaml} and a model file may override any of them.
 * The number of registered attendees is not here: it comes from the schedule.
 */
public record OverflowParameters(
    Attendance attendance,
    Choice choice,
    Demand demand,
    LevelThresholds levels,
    ArrivalCurve arrival,
    double spillShare) {

  public OverflowParameters {
    Objects.requireNonNull(attendance, "attendance");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(arrival, "arrival");
    requireShare(spillShare, "spillShare");
  }

  public OverflowParameters withAttendance(Attendance value) {
    return new OverflowParameters(value, choice, demand, levels, arrival, spillShare);
  }

  public OverflowParameters withChoice(Choice value) {
    return new OverflowParameters(attendance, value, demand, levels, arrival, spillShare);
  }

  public OverflowParameters withDemand(Demand value) {
    return new OverflowParameters(attendance, choice, value, levels, arrival, spillShare);
  }

  /**
   * How many of the registered attendees sit in sessions at a time:
   * {@code M(t) = N · (1 − noShow) · inSessions(t)}, where inSessions is {@code keynoteInSessions}
   * (times {@code lastDayFactor} on the last day) for the plenary keynote, blended in proportion to
   * the overlap for the sessions running with it, else {@code inSessions} times {@code afterKeynoteFactor} when a plenary keynote
   * ended at most {@code afterKeynoteMinutes} before, times {@code lastSlotFactor} for sessions starting
   * within {@code lastSlotMinutes} of the day's last start, times {@code lastDayFactor} on the last day
   * of a conference of several days, never above 1.
   */
  public record Attendance(
      double noShow,
      double inSessions,
      double keynoteInSessions,
      double afterKeynoteFactor,
      int afterKeynoteMinutes,
      double lastSlotFactor,
      int lastSlotMinutes,
      double lastDayFactor) {
    public Attendance {
      requireShare(noShow, "noShow");
      requireShare(inSessions, "inSessions");
      requireShare(keynoteInSessions, "keynoteInSessions");
      requirePositive(afterKeynoteFactor, "afterKeynoteFactor");
      requirePositive(lastSlotFactor, "lastSlotFactor");
      requirePositive(lastDayFactor, "lastDayFactor");
      if (afterKeynoteMinutes < 0 || lastSlotMinutes < 0) {
        throw new IllegalArgumentException("minute windows must not be negative");
      }
    }
  }

  /**
   * The multinomial logit with a hallway option: a session's utility is its type's weight, its
   * track's weight (0 unless set), the weights of hot topics found in its title, abstract or tags,
   * {@code signalWeight · ln(1 + s)} relative to the schedule's median, and
   * {@code roomWeight · ln(seats / median seats)}, both medians taken over the session's day;
   * {@code hallwayUtility} is v_0. Every session running when another starts is an alternative to it,
   * weighted by its overlap ({@link ChoiceSet}); {@code minOverlap} is kept only so that older model
   * files load, and changes nothing. A session shorter than
   * {@code referenceMinutes} adds {@code ln(minutes / referenceMinutes)} to its utility: a 5-minute
   * lightning talk offers a sixth of a 30-minute slot, and draws its demand in proportion. The
   * {@code content} terms weigh a hot topic found only outside the title, longer sessions, topics
   * many sessions share and speakers with several sessions.
   */
  public record Choice(
      double hallwayUtility,
      Map<SessionType, Double> typeWeights,
      Map<String, Double> trackWeights,
      Map<String, Double> hotTopics,
      double signalWeight,
      double roomWeight,
      double minOverlap,
      double referenceMinutes,
      ContentTerms content) {
    /** A choice step without content terms beyond the hot topics, each counted in full wherever found. */
    public Choice(double hallwayUtility, Map<SessionType, Double> typeWeights, Map<String, Double> trackWeights,
        Map<String, Double> hotTopics, double signalWeight, double roomWeight, double minOverlap,
        double referenceMinutes) {
      this(hallwayUtility, typeWeights, trackWeights, hotTopics, signalWeight, roomWeight, minOverlap, referenceMinutes,
          ContentTerms.NONE);
    }

    public Choice {
      Objects.requireNonNull(content, "content");
      requireFinite(hallwayUtility, "hallwayUtility");
      typeWeights = Map.copyOf(finiteValues(typeWeights));
      trackWeights = Map.copyOf(lowerCaseKeys(trackWeights, "trackWeights"));
      hotTopics = Map.copyOf(lowerCaseKeys(hotTopics, "hotTopics"));
      requireFinite(signalWeight, "signalWeight");
      requireFinite(roomWeight, "roomWeight");
      if (!(minOverlap > 0 && minOverlap <= 1)) {
        throw new IllegalArgumentException("minOverlap must be above 0 and at most 1, was " + minOverlap);
      }
      requirePositive(referenceMinutes, "referenceMinutes");
    }

    /** The same choice step with other topic weights and content terms (as a fit of favourites gives). */
    public Choice withContent(Map<SessionType, Double> newTypeWeights, Map<String, Double> newHotTopics,
        ContentTerms newContent) {
      return new Choice(hallwayUtility, newTypeWeights, trackWeights, newHotTopics, signalWeight, roomWeight, minOverlap,
          referenceMinutes, newContent);
    }

    /** The utility term of a session's length: ln(minutes / referenceMinutes) below the reference, else 0. */
    public double lengthTerm(double minutes) {
      return minutes >= referenceMinutes ? 0 : Math.log(Math.max(minutes, 1) / referenceMinutes);
    }

    /** The weight of a session type, 0 when not set. */
    public double typeWeight(SessionType type) {
      return typeWeights.getOrDefault(type, 0.0);
    }

    /** The weight of a track, matched without regard to case; 0 when not set. */
    public double trackWeight(String track) {
      return trackWeights.getOrDefault(track.strip().toLowerCase(Locale.ROOT), 0.0);
    }

    /** The hot topics in a stable (alphabetical) order. */
    public Map<String, Double> sortedHotTopics() {
      return new TreeMap<>(hotTopics);
    }

    private static Map<SessionType, Double> finiteValues(Map<SessionType, Double> weights) {
      Objects.requireNonNull(weights, "typeWeights");
      for (Double value : weights.values()) {
        requireFinite(value, "type weight");
      }
      return weights;
    }

    private static Map<String, Double> lowerCaseKeys(Map<String, Double> weights, String what) {
      Objects.requireNonNull(weights, what);
      Map<String, Double> lower = new TreeMap<>();
      for (Map.Entry<String, Double> weight : weights.entrySet()) {
        requireFinite(weight.getValue(), what);
        String normalised = weight.getKey().strip().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
          throw new IllegalArgumentException(what + " must not have an empty key");
        }
        lower.put(normalised, weight.getValue());
      }
      return lower;
    }
  }

  /**
   * Terms of the utility read from a session's text and the schedule around it: a hot topic found in
   * the abstract or tags but not the title counts {@code abstractFactor} of its weight;
   * {@code durationWeight · ln(minutes / referenceMinutes)} for sessions longer than the reference;
   * {@code sharedTopicWeight} times the mean over the title's words of ln(1 + other sessions with the
   * word); {@code repeatSpeakerWeight} when a speaker gives several sessions of the schedule.
   */
  public record ContentTerms(double abstractFactor, double durationWeight, double sharedTopicWeight,
      double repeatSpeakerWeight) {
    /** Hot topics counted in full anywhere, and no other content term. */
    public static final ContentTerms NONE = new ContentTerms(1, 0, 0, 0);

    public ContentTerms {
      if (!(abstractFactor >= 0 && abstractFactor <= 1)) {
        throw new IllegalArgumentException("abstractFactor must be from 0 to 1, was " + abstractFactor);
      }
      requireFinite(durationWeight, "durationWeight");
      requireFinite(sharedTopicWeight, "sharedTopicWeight");
      requireFinite(repeatSpeakerWeight, "repeatSpeakerWeight");
    }
  }

  /**
   * Demand around its expectation: a negative binomial whose coefficient of variation is
   * {@code forecastCv} (size k = 1 / forecastCv²), scaled by a log-normal slot shock of standard
   * deviation {@code slotShock} and mean 1, averaged over {@code quadratureNodes} Gauss–Hermite
   * nodes; doors close at {@code capacityFactor} × seats.
   */
  public record Demand(double forecastCv, double slotShock, int quadratureNodes, double capacityFactor) {
    public Demand {
      requirePositive(forecastCv, "forecastCv");
      if (!(slotShock >= 0 && slotShock <= 2)) {
        throw new IllegalArgumentException("slotShock must be from 0 to 2, was " + slotShock);
      }
      if (quadratureNodes < 1 || quadratureNodes > 100) {
        throw new IllegalArgumentException("quadratureNodes must be from 1 to 100, was " + quadratureNodes);
      }
      requirePositive(capacityFactor, "capacityFactor");
    }

    /** The negative binomial size k, from CV = 1/√k. */
    public double size() {
      return 1 / (forecastCv * forecastCv);
    }
  }

  /** Levels are read on P(full): low below {@code medium}, high from {@code high}, medium between. */
  public record LevelThresholds(double medium, double high) {
    public LevelThresholds {
      requireShare(medium, "medium");
      requireShare(high, "high");
      if (medium > high) {
        throw new IllegalArgumentException("the medium threshold " + medium + " is above the high one " + high);
      }
    }

    /** The level of a chance that the room is full. */
    public RiskLevel levelOf(double pFull) {
      if (Double.isNaN(pFull)) {
        throw new IllegalArgumentException("P(full) is not a number: no level can be read from it");
      }
      if (pFull >= high) {
        return RiskLevel.HIGH;
      }
      return pFull >= medium ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }
  }

  static void requireShare(double value, String what) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(what + " must be from 0 to 1, was " + value);
    }
  }

  static void requirePositive(double value, String what) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be a positive number, was " + value);
    }
  }

  static void requireFinite(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite number, was " + value);
    }
  }
}
