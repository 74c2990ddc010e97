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

  /** One reason for a score: a matched term, the field it matched in, and the points it gave. */
  public record Contribution(String term, String field, double points) {
    public Contribution {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(field, "field");
    }
  }
}
