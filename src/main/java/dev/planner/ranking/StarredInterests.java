package dev.planner.ranking;

import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a set of starred talks has in common, as profile interests: the words of their titles, tags
 * and abstracts, their tracks and their speakers that they share more often than the schedule does,
 * weighted by how many of them share it and how rare it is in the schedule (the scorer's IDF).
 */
public final class StarredInterests {
  /** At most this many words: enough to find similar talks, few enough to read and edit. */
  static final int MAX_WORDS = 12;
  /** A word must be at least this many times more frequent among the starred talks than in the schedule. */
  static final double MIN_LIFT = 2;
  /** A title or tag says more about a talk than its abstract does. */
  static final double ABSTRACT_SHARE = 0.5;
  /** Words scoring below this share of the best are left out: a shared aside is not an interest. */
  static final double MIN_SHARE_OF_BEST = 0.4;
  /** The strongest derived word gets this weight, the weakest kept one 1. */
  static final double MAX_WEIGHT = 3;

  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Words that say nothing of a topic, however often the starred talks use them. */
  private static final Set<String> FILLER = Set.of(
      "about", "after", "all", "also", "and", "are", "based", "been", "before", "being", "best", "both", "but", "can",
      "did", "does", "doing", "done", "each", "even", "for", "from", "get", "had", "has", "have", "how", "into", "its",
      "just", "learn", "let", "like", "make", "many", "more", "most", "much", "new", "not", "now", "one", "only", "our",
      "out", "over", "really", "see", "should", "some", "such", "take", "talk", "than", "that", "the", "their", "them",
      "then", "there", "these", "they", "this", "those", "through", "use", "using", "very", "was", "way", "ways", "we",
      "were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "without", "you", "your", "session");

  /** The derived interests: words and phrases with weights, tracks with weights, speakers to follow. */
  public record Derived(Map<String, Double> interests, Map<String, Double> tracks, List<String> speakers) {}

  private final ScheduleIndex index;

  public StarredInterests(Schedule schedule) {
    this.index = ScheduleIndex.of(schedule);
  }

  /** What the starred sessions share; one starred talk gives its own rarest words. */
  public Derived derive(List<Session> starred) {
    List<Session> plannable = starred.stream().filter(session -> session.type().isPlannable()).toList();
    if (plannable.isEmpty()) {
      return new Derived(Map.of(), Map.of(), List.of());
    }
    int minimum = plannable.size() >= 2 ? 2 : 1;
    return new Derived(words(plannable, minimum), tracks(plannable, minimum), speakers(plannable, minimum));
  }

  private Map<String, Double> words(List<Session> starred, int minimum) {
    Map<Integer, Word> words = new HashMap<>();
    for (Session session : starred) {
      Map<Integer, Double> strength = new HashMap<>();
      collect(session.title(), 1, strength, words);
      session.tags().forEach(tag -> collect(tag, 1, strength, words));
      collect(session.abstractText(), ABSTRACT_SHARE, strength, words);
      strength.forEach((id, share) -> words.get(id).add(share));
    }
    List<Word> kept = new ArrayList<>();
    for (Map.Entry<Integer, Word> entry : words.entrySet()) {
      Word word = entry.getValue();
      int frequency = index.documentFrequency(entry.getKey());
      if (word.sessions >= minimum && lift(word.sessions, starred.size(), frequency) >= MIN_LIFT) {
        word.score = word.strength / starred.size() * inverseDocumentFrequency(frequency);
        kept.add(word);
      }
    }
    kept.sort(Comparator.comparingDouble((Word word) -> -word.score).thenComparing(Word::surface));
    double floor = kept.isEmpty() ? 0 : kept.get(0).score * MIN_SHARE_OF_BEST;
    return weighted(kept.stream().filter(word -> word.score >= floor).limit(MAX_WORDS).toList());
  }

  /** Remembers each word of the text once per session, with its strongest share and its written forms. */
  private void collect(String text, double share, Map<Integer, Double> strength, Map<Integer, Word> words) {
    for (String surface : SEPARATORS.split(TermTokenizer.fold(text))) {
      if (surface.length() < 3 || FILLER.contains(surface) || surface.chars().allMatch(Character::isDigit)) {
        continue;
      }
      int[] ids = index.lookUp(surface);
      if (ids.length != 1 || ids[0] < 0) {
        continue;
      }
      strength.merge(ids[0], share, Math::max);
      words.computeIfAbsent(ids[0], id -> new Word()).forms.merge(surface, 1, Integer::sum);
    }
  }

  private Map<String, Double> weighted(List<Word> kept) {
    Map<String, Double> interests = new LinkedHashMap<>();
    if (kept.isEmpty()) {
      return interests;
    }
    double best = kept.get(0).score;
    for (Word word : kept) {
      double weight = 1 + (MAX_WEIGHT - 1) * (word.score / best - MIN_SHARE_OF_BEST) / (1 - MIN_SHARE_OF_BEST);
      interests.put(word.surface(), Math.round(weight * 2) / 2.0);
    }
    return interests;
  }

  private Map<String, Double> tracks(List<Session> starred, int minimum) {
    Map<String, Integer> counts = new TreeMap<>();
    starred.stream().map(Session::track).filter(track -> !track.isBlank()).forEach(track -> counts.merge(track, 1, Integer::sum));
    Map<String, Double> tracks = new LinkedHashMap<>();
    counts.forEach((track, count) -> {
      long inSchedule = index.sessions().stream().filter(indexed -> indexed.session().track().equals(track)).count();
      if (count >= minimum && lift(count, starred.size(), (int) inSchedule) >= MIN_LIFT) {
        tracks.put(track, count * 2 >= starred.size() ? 2.0 : 1.0);
      }
    });
    return tracks;
  }

  private List<String> speakers(List<Session> starred, int minimum) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Session session : starred) {
      Set<String> names = new HashSet<>();
      session.speakers().stream().map(Speaker::name).filter(name -> !name.isBlank()).forEach(names::add);
      names.forEach(name -> counts.merge(name, 1, Integer::sum));
    }
    return counts.entrySet().stream().filter(entry -> entry.getValue() >= minimum).map(Map.Entry::getKey).toList();
  }

  /** How many times more often the starred talks have it than the schedule's sessions do (smoothed). */
  private double lift(int starredWith, int starred, int scheduleWith) {
    return ((double) starredWith / starred) / ((scheduleWith + 1.0) / (index.size() + 1.0));
  }

  /** The scorer's IDF, so that derived weights and scoring agree on what is rare. */
  private double inverseDocumentFrequency(int frequency) {
    return Math.log((index.size() + 1.0) / (frequency + 1.0)) + 1;
  }

  /** One word of the starred talks: in how many, how strongly, and how it is written. */
  private static final class Word {
    final Map<String, Integer> forms = new TreeMap<>();
    int sessions;
    double strength;
    double score;

    void add(double share) {
      sessions++;
      strength += share;
    }

    /** The most used written form, the first alphabetically among equals. */
    String surface() {
      return forms.entrySet().stream()
          .max(Comparator.comparingInt((Map.Entry<String, Integer> form) -> form.getValue())
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .orElseThrow().getKey();
    }
  }
}
