package dev.planner.overflow;

import dev.planner.model.SessionId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the people choosing a session at its start choose between: the session, the hallway, and every
 * other session running then, each weighted by how much of an alternative it is. The one definition
 * of a competitor: shares, the keynote effect, spill and {@code risk --explain} all read it, and the
 * logit's denominator is computed once, as a log-sum-exp so that no utility overflows it.
 */
public final class ChoiceSet {
  private final double hallwayUtility;
  private final double utility;
  private final List<Alternative> alternatives;
  private final double logDenominator;
  private final double logAlternatives;

  /**
   * @param hallwayUtility v_0, the hallway's utility
   * @param utility the session's own utility
   * @param alternatives the other sessions running at its start, with their weights
   */
  public ChoiceSet(double hallwayUtility, double utility, List<Alternative> alternatives) {
    OverflowParameters.requireFinite(hallwayUtility, "hallway utility");
    OverflowParameters.requireFinite(utility, "utility");
    this.hallwayUtility = hallwayUtility;
    this.utility = utility;
    this.alternatives = List.copyOf(alternatives);
    double[] alternativeTerms = new double[this.alternatives.size()];
    for (int i = 0; i < alternativeTerms.length; i++) {
      alternativeTerms[i] = this.alternatives.get(i).logPull();
    }
    this.logAlternatives = logSumExp(alternativeTerms);
    this.logDenominator = logSumExp(new double[] {hallwayUtility, utility, logAlternatives});
  }

  /**
   * Another session running when this one starts: its utility, and its weight, the share of the first
   * d minutes of this session that it runs during, d the shorter of the two lengths (1 when it runs
   * through them all). Its pull e^v counts in that proportion.
   */
  public record Alternative(SessionId id, String title, double utility, double weight) {
    public Alternative {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      OverflowParameters.requireFinite(utility, "utility");
      if (!(weight > 0 && weight <= 1)) {
        throw new IllegalArgumentException("alternative weight must be above 0 and at most 1, was " + weight);
      }
    }

    double logPull() {
      return Math.log(weight) + utility;
    }
  }

  public double hallwayUtility() {
    return hallwayUtility;
  }

  public double utility() {
    return utility;
  }

  /** The other sessions running at the start, in schedule order. */
  public List<Alternative> alternatives() {
    return alternatives;
  }

  /** The alternatives' ids, in schedule order. */
  public List<SessionId> competitors() {
    return alternatives.stream().map(Alternative::id).toList();
  }

  /** The alternative with this id, if it is one. */
  public Optional<Alternative> alternative(SessionId id) {
    // A loop, not a stream: backups ask this of every primary's few alternatives, many times a plan.
    for (Alternative alternative : alternatives) {
      if (alternative.id().equals(id)) {
        return Optional.of(alternative);
      }
    }
    return Optional.empty();
  }

  /** The session's share: e^v / (e^v0 + e^v + Σ w_k e^v_k). */
  public double share() {
    return Math.exp(utility - logDenominator);
  }

  /** The share of the people choosing at this time who go to the hallway. */
  public double hallwayShare() {
    return Math.exp(hallwayUtility - logDenominator);
  }

  /** The share of the people choosing at this time who go to an alternative. */
  public double shareOf(Alternative alternative) {
    return Math.exp(alternative.logPull() - logDenominator);
  }

  /**
   * The share of the alternatives' pull that one of them has: how the people a full room turns away
   * and who try another session split between the others. 0 when it is not an alternative.
   */
  public double spillShareOf(SessionId id) {
    for (Alternative alternative : alternatives) {
      if (alternative.id().equals(id)) {
        return Math.exp(alternative.logPull() - logAlternatives);
      }
    }
    return 0.0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChoiceSet that && Double.compare(hallwayUtility, that.hallwayUtility) == 0
        && Double.compare(utility, that.utility) == 0 && alternatives.equals(that.alternatives);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hallwayUtility, utility, alternatives);
  }

  @Override
  public String toString() {
    return "ChoiceSet[hallwayUtility=" + hallwayUtility + ", utility=" + utility + ", alternatives=" + alternatives + "]";
  }

  /** ln Σ e^x, exact for large x and −∞ for no terms. */
  static double logSumExp(double[] terms) {
    double largest = Double.NEGATIVE_INFINITY;
    for (double term : terms) {
      largest = Math.max(largest, term);
    }
    if (largest == Double.NEGATIVE_INFINITY) {
      return largest;
    }
    double sum = 0;
    for (double term : terms) {
      sum += Math.exp(term - largest);
    }
    return largest + Math.log(sum);
  }
}
