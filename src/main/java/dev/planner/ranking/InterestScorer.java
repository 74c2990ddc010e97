package dev.planner.ranking;

import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import dev.planner.ranking.ScheduleIndex.IndexedSession;
import dev.planner.ranking.ScoredSession.Contribution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores the sessions of a day by how well they match a profile, 0–100 within the day, best first
 * (ties by start time, then id), and says which terms earned the points.
 *
 * <p>A profile word or phrase that occurs in a field earns its weight × the field's weight × its
 * inverse document frequency over the schedule, so "kubernetes" at KubeCon earns little and
 * "crossplane" much; avoided words earn negative points. Preferred tracks and types, followed speakers
 * and companies add fixed points. Must-see sessions are lifted above every other session of the day.
 */
public final class InterestScorer {
  /** Best first; ties by start time, then id. */
  public static final Comparator<ScoredSession> BEST_FIRST = new Comparator<>() {
    @Override
    public int compare(ScoredSession a, ScoredSession b) {
      return ScoredSession.compareByValue(a.interest(), a, b.interest(), b);
    }
  };

  /** Points per unit of weight for a session in a preferred (or avoided) track. */
  static final double TRACK_POINTS = 10;
  /** Points per unit of weight for a session of a preferred (or avoided) type. */
  static final double TYPE_POINTS = 10;
  /** Points for a talk given by a followed speaker. */
  static final double SPEAKER_POINTS = 20;
  /** Points for a talk given by someone from a followed company. */
  static final double COMPANY_POINTS = 10;
  /** How far above the day's best other session a must-see is lifted, as a share of that best. */
  static final double MUST_SEE_MARGIN = 0.25;

  /** The field name of the contribution that lifts a must-see session to the top. */
  public static final String MUST_SEE_FIELD = "must-see";
  /** The contribution every talk gets from a profile that names no word, track, speaker or company. */
  public static final String EVERY_TALK = "every talk counts the same";

  private static final Comparator<Contribution> STRONGEST_FIRST = new Comparator<>() {
    @Override
    public int compare(Contribution a, Contribution b) {
      return compareStrongestFirst(a, b);
    }
  };

  private final ScheduleIndex index;
  private final Profile profile;
  private final List<Phrase> terms;
  private final List<Phrase> tracks;
  private final List<Phrase> speakers;
  private final List<Phrase> companies;

  public InterestScorer(Schedule schedule, Profile profile) {
    this(matchesText(profile) ? ScheduleIndex.of(schedule) : ScheduleIndex.withoutWords(schedule), profile);
  }

  /** Whether the profile names any word, track, speaker or company: otherwise no text is read at all. */
  private static boolean matchesText(Profile profile) {
    return !profile.interests().isEmpty() || !profile.tracks().isEmpty() || !profile.speakers().isEmpty()
        || !profile.companies().isEmpty();
  }

  /** Scores against an index built once, for callers that score several profiles. */
  public InterestScorer(ScheduleIndex index, Profile profile) {
    this.index = index;
    this.profile = profile;
    List<Phrase> weighted = new ArrayList<>();
    for (Phrase term : phrases(profile.interests(), 1)) {
      weighted.add(term.times(inverseDocumentFrequency(term.words())));
    }
    this.terms = weighted;
    this.tracks = phrases(profile.tracks(), TRACK_POINTS);
    this.speakers = followed(profile.speakers(), SPEAKER_POINTS);
    this.companies = followed(profile.companies(), COMPANY_POINTS);
  }

  /** The day's plannable, not-skipped sessions, best first. */
  public List<ScoredSession> scoreDay(LocalDate day) {
    List<IndexedSession> sessions = new ArrayList<>();
    for (IndexedSession indexed : index.sessions()) {
      if (indexed.session().start().toLocalDate().equals(day) && !profile.isSkipped(indexed.session())) {
        sessions.add(indexed);
      }
    }
    List<List<Contribution>> reasons = new ArrayList<>(sessions.size());
    double best = 0;
    boolean indifferent = !matchesText(profile) && profile.types().isEmpty();
    for (IndexedSession indexed : sessions) {
      List<Contribution> contributions = contributions(indexed);
      if (indifferent) {
        // A profile that names no interest at all (must-sees aside) makes every talk count the same:
        // the plan then gets you into as many talks as it can instead of treating them as worth nothing.
        contributions = new ArrayList<>(contributions);
        contributions.add(new Contribution(EVERY_TALK, EVERY_TALK, 1));
      }
      reasons.add(contributions);
      best = Math.max(best, total(contributions));
    }
    double top = best + (hasMustSee(sessions) ? Math.max(1, best * MUST_SEE_MARGIN) : 0);
    List<ScoredSession> scored = new ArrayList<>(sessions.size());
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i).session();
      List<Contribution> contributions = new ArrayList<>(reasons.get(i));
      if (profile.isMustSee(session)) {
        contributions.add(new Contribution(MUST_SEE_FIELD, MUST_SEE_FIELD, rounded(top - total(contributions))));
        contributions.sort(STRONGEST_FIRST);
      }
      scored.add(new ScoredSession(session, interest(total(contributions), top), contributions));
    }
    scored.sort(BEST_FIRST);
    return scored;
  }

  /** One session scored within its day, or empty if it is not plannable or skipped. */
  public Optional<ScoredSession> score(SessionId id) {
    return index.schedule().session(id).flatMap(session ->
        scoreDay(session.start().toLocalDate()).stream()
            .filter(scored -> scored.session().id().equals(id))
            .findFirst());
  }

  /** Must-see sessions that overlap each other, pair by pair in schedule order. */
  public List<MustSeeConflict> mustSeeConflicts() {
    List<Session> mustSee = new ArrayList<>();
    for (Session session : index.schedule().sessions()) {
      if (profile.isMustSee(session) && !profile.isSkipped(session)) {
        mustSee.add(session);
      }
    }
    List<MustSeeConflict> conflicts = new ArrayList<>();
    for (int i = 0; i < mustSee.size(); i++) {
      Session first = mustSee.get(i);
      // Sessions are in start order: once one starts after this one ends, so do all the rest.
      for (int j = i + 1; j < mustSee.size() && mustSee.get(j).start().isBefore(first.end()); j++) {
        conflicts.add(new MustSeeConflict(first, mustSee.get(j)));
      }
    }
    return conflicts;
  }

  /** Must-see names (ids or titles) that match no session of the schedule, in profile order. */
  public List<String> mustSeeNotInSchedule() {
    List<String> missing = new ArrayList<>();
    for (String name : profile.mustSee()) {
      if (!namesASession(name)) {
        missing.add(name);
      }
    }
    return missing;
  }

  private boolean namesASession(String name) {
    for (Session session : index.schedule().sessions()) {
      if (Profile.names(name, session)) {
        return true;
      }
    }
    return false;
  }

  private List<Contribution> contributions(IndexedSession indexed) {
    List<Contribution> contributions = new ArrayList<>();
    for (Phrase term : terms) {
      for (MatchField field : MatchField.values()) {
        if (ScheduleIndex.containsPhrase(indexed.field(field), term.words())) {
          contributions.add(new Contribution(term.label(), field.label(), rounded(term.weight() * field.weight())));
        }
      }
    }
    matching(tracks, indexed.field(MatchField.TRACK), "track", contributions);
    matching(speakers, indexed.field(MatchField.SPEAKERS), "speaker", contributions);
    matching(companies, indexed.organisations(), "company", contributions);
    SessionType type = indexed.session().type();
    Double typeWeight = profile.types().get(type);
    if (typeWeight != null && typeWeight != 0) {
      contributions.add(new Contribution(type.label(), "type", rounded(typeWeight * TYPE_POINTS)));
    }
    contributions.sort(STRONGEST_FIRST);
    return contributions;
  }

  private static void matching(List<Phrase> phrases, int[] text, String field, List<Contribution> into) {
    for (Phrase phrase : phrases) {
      if (ScheduleIndex.containsPhrase(text, phrase.words())) {
        into.add(new Contribution(phrase.label(), field, rounded(phrase.weight())));
      }
    }
  }

  /** Smoothed IDF: 1 for a word in every session, growing as the word gets rarer. */
  private double inverseDocumentFrequency(int[] words) {
    int sessions = index.size();
    int containing = words.length == 1 ? index.documentFrequency(words[0]) : sessionsMentioning(words);
    return Math.log((sessions + 1.0) / (containing + 1.0)) + 1;
  }

  private int sessionsMentioning(int[] phrase) {
    int count = 0;
    for (IndexedSession indexed : index.sessions()) {
      if (indexed.mentions(phrase)) {
        count++;
      }
    }
    return count;
  }

  private boolean hasMustSee(List<IndexedSession> sessions) {
    for (IndexedSession indexed : sessions) {
      if (profile.isMustSee(indexed.session())) {
        return true;
      }
    }
    return false;
  }

  // The orders are written out, in classes rather than lambdas: Comparator.comparing and its kin
  // make their lambdas at run time, which a class-data archive cannot hold for the JDK's own classes,
  // and linking even an archived lambda costs a run that has not warmed up more than the sort.
  // For the same reason the lists below are built with loops, not streams.

  private static int compareStrongestFirst(Contribution a, Contribution b) {
    int byPoints = Double.compare(b.points(), a.points());
    if (byPoints != 0) {
      return byPoints;
    }
    int byTerm = a.term().compareTo(b.term());
    return byTerm != 0 ? byTerm : a.field().compareTo(b.field());
  }

  private List<Phrase> phrases(Map<String, Double> weights, double pointsPerWeight) {
    List<Phrase> phrases = new ArrayList<>();
    if (weights.isEmpty()) {
      return phrases;
    }
    for (Map.Entry<String, Double> entry : new TreeMap<>(weights).entrySet()) {
      if (entry.getValue() != 0) {
        addMatchable(phrases, new Phrase(entry.getKey(), index.lookUp(entry.getKey()), entry.getValue() * pointsPerWeight));
      }
    }
    return phrases;
  }

  private List<Phrase> followed(List<String> names, double points) {
    List<Phrase> phrases = new ArrayList<>();
    if (names.isEmpty()) {
      return phrases;
    }
    for (String name : new TreeSet<>(names)) {
      addMatchable(phrases, new Phrase(name, index.lookUp(name), points));
    }
    return phrases;
  }

  /** A phrase with no word the schedule knows matches nothing and is left out. */
  private static void addMatchable(List<Phrase> phrases, Phrase phrase) {
    if (phrase.words().length > 0) {
      phrases.add(phrase);
    }
  }

  private static double total(List<Contribution> contributions) {
    double sum = 0;
    for (Contribution contribution : contributions) {
      sum += contribution.points();
    }
    return sum;
  }

  private static double interest(double points, double top) {
    if (top <= 0 || points <= 0) {
      return 0;
    }
    return Math.min(100, Math.round(1000 * points / top) / 10.0);
  }

  private static double rounded(double points) {
    return Math.round(points * 100) / 100.0;
  }

  /** A profile word or phrase as word ids, with the points per field weight it earns. */
  private record Phrase(String label, int[] words, double weight) {
    Phrase times(double factor) {
      return new Phrase(label, words, weight * factor);
    }
  }
}
