package dev.planner.ranking;

import dev.planner.model.Session;
import java.util.List;
import java.util.Objects;

/** A session with its interest for one attendee (0–100 within its day) and the terms that made it. */
public record ScoredSession(Session session, double interest, List<Contribution> contributions) {
  public ScoredSession {
    Objects.requireNonNull(session, "session");
    if (!(interest >= 0 && interest <= 100)) {
      throw new IllegalArgumentException("interest must be within 0–100, was " + interest);
    }
    contributions = List.copyOf(contributions);
  }

  /**
   * Orders by a value of the sessions' own, higher first, then by earlier start, then by id: the
   * ranking by interest, and the planner's backups by worth. Written out rather than chained from key
   * extractors, which run far slower before the JIT has warmed up.
   */
  public static int compareByValue(double value, ScoredSession scored, double otherValue, ScoredSession other) {
    int order = Double.compare(-value, -otherValue);
    if (order == 0) {
      order = scored.session().start().compareTo(other.session().start());
    }
    return order != 0 ? order : scored.session().id().compareTo(other.session().id());
  }

  /** One reason for a score: a matched term, the field it matched in, and the points it gave. */
  public record Contribution(String term, String field, double points) {
    public Contribution {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(field, "field");
    }
  }
}
