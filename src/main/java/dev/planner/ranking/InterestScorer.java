package dev.planner.ranking;

import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the sessions of a day by how well they match a profile, 0–100 within the day, best first
 * (ties by start time, then id).
 */
public final class InterestScorer {
  /** Best first; ties by start time, then id. */
  public static final Comparator<ScoredSession> BEST_FIRST =
      Comparator.comparingDouble(ScoredSession::interest).reversed()
          .thenComparing(scored -> scored.session().start())
          .thenComparing(scored -> scored.session().id());

  private final Schedule schedule;
  private final Profile profile;

  public InterestScorer(Schedule schedule, Profile profile) {
    this.schedule = schedule;
    this.profile = profile;
  }

  /** The day's plannable, not-skipped sessions, best first. */
  public List<ScoredSession> scoreDay(LocalDate day) {
    List<Session> sessions = schedule.sessionsOn(day).stream()
        .filter(session -> session.type().isPlannable())
        .filter(session -> !profile.isSkipped(session))
        .toList();
    List<double[]> raw = new ArrayList<>();
    List<List<ScoredSession.Contribution>> reasons = new ArrayList<>();
    double best = 0;
    for (Session session : sessions) {
      List<ScoredSession.Contribution> contributions = contributions(session);
      double total = contributions.stream().mapToDouble(ScoredSession.Contribution::points).sum();
      raw.add(new double[] {total});
      reasons.add(contributions);
      best = Math.max(best, total);
    }
    List<ScoredSession> scored = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      double points = Math.max(0, raw.get(i)[0]);
      double interest = best <= 0 ? 0 : Math.round(1000 * points / best) / 10.0;
      scored.add(new ScoredSession(sessions.get(i), interest, reasons.get(i)));
    }
    scored.sort(BEST_FIRST);
    return scored;
  }

  private List<ScoredSession.Contribution> contributions(Session session) {
    String text = (session.title() + " " + session.abstractText() + " " + String.join(" ", session.tags()))
        .toLowerCase(Locale.ROOT);
    List<ScoredSession.Contribution> contributions = new ArrayList<>();
    for (Map.Entry<String, Double> interest : profile.interests().entrySet()) {
      if (text.contains(interest.getKey().toLowerCase(Locale.ROOT))) {
        contributions.add(new ScoredSession.Contribution(interest.getKey(), "text", interest.getValue()));
      }
    }
    Double track = profile.tracks().get(session.track());
    if (track != null) {
      contributions.add(new ScoredSession.Contribution(session.track(), "track", track));
    }
    if (profile.isMustSee(session)) {
      contributions.add(new ScoredSession.Contribution("must-see", "profile", 100));
    }
    contributions.sort(Comparator.comparing(ScoredSession.Contribution::term));
    return contributions;
  }
}
