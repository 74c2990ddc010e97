package dev.planner.ranking;

import java.util.Locale;

/**
 * The parts of a session that profile words are looked for in, each with the weight a match there
 * carries: a word in the title says more about a talk than the same word deep in its abstract.
 */
public enum MatchField {
  TITLE(3.0),
  TAGS(2.0),
  TRACK(2.0),
  SPEAKERS(2.0),
  ABSTRACT(1.0);

  private final double weight;

  MatchField(double weight) {
    this.weight = weight;
  }

  /** How many times a match here counts, against a match in the abstract. */
  public double weight() {
    return weight;
  }

  /** The lower-case name shown in explanations. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
