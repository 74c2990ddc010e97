package dev.planner.ranking;

import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of every plannable session of a schedule, tokenised once so that any number of profiles
 * can be scored against them; also counts in how many sessions each word occurs (for IDF). Every run
 * with a profile reads the whole schedule's text here, so it goes through loops rather than streams,
 * whose lambdas a run that has not warmed up pays to link.
 */
public final class ScheduleIndex {
  /** Separates list items (tags, speakers) so that a phrase never runs from one into the next. */
  static final int BOUNDARY = -1;
  /** The id of a word the schedule never uses: nothing contains it. */
  static final int UNKNOWN_WORD = -2;

  private final Schedule schedule;
  private final Map<String, Integer> vocabulary = new HashMap<>();
  private final List<IndexedSession> sessions = new ArrayList<>();
  private int[] documentFrequency = new int[1024];

  private ScheduleIndex(Schedule schedule, boolean withWords) {
    this.schedule = schedule;
    for (Session session : schedule.sessions()) {
      if (session.type().isPlannable()) {
        sessions.add(withWords ? index(session) : withoutWords(session));
      }
    }
  }

  /** Tokenises every plannable session of the schedule; linear in the schedule's text. */
  public static ScheduleIndex of(Schedule schedule) {
    return new ScheduleIndex(schedule, true);
  }

  /** The plannable sessions without their words, for a profile that matches no text. */
  static ScheduleIndex withoutWords(Schedule schedule) {
    return new ScheduleIndex(schedule, false);
  }

  public Schedule schedule() {
    return schedule;
  }

  /** The plannable sessions in schedule order with their words. */
  List<IndexedSession> sessions() {
    return sessions;
  }

  /** How many sessions the index holds: the N of IDF. */
  int size() {
    return sessions.size();
  }

  /** The word ids of a text, with {@link #UNKNOWN_WORD} for words the schedule never uses. */
  int[] lookUp(String text) {
    List<String> tokens = TermTokenizer.tokens(text);
    int[] ids = new int[tokens.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = vocabulary.getOrDefault(tokens.get(i), UNKNOWN_WORD);
    }
    return ids;
  }

  /** In how many sessions a single word occurs, in any field. */
  int documentFrequency(int word) {
    return word >= 0 ? documentFrequency[word] : 0;
  }

  private IndexedSession index(Session session) {
    int[][] fields = new int[MatchField.values().length][];
    fields[MatchField.TITLE.ordinal()] = words(session.title());
    fields[MatchField.TAGS.ordinal()] = joined(session.tags());
    fields[MatchField.TRACK.ordinal()] = words(session.track());
    List<String> names = new ArrayList<>(session.speakers().size());
    List<String> organisationNames = new ArrayList<>(session.speakers().size());
    for (Speaker speaker : session.speakers()) {
      names.add(speaker.name());
      organisationNames.add(speaker.organisation());
    }
    fields[MatchField.SPEAKERS.ordinal()] = joined(names);
    fields[MatchField.ABSTRACT.ordinal()] = words(session.abstractText());
    int[] organisations = joined(organisationNames);
    countOnce(fields);
    return new IndexedSession(session, fields, organisations);
  }

  private static IndexedSession withoutWords(Session session) {
    int[][] fields = new int[MatchField.values().length][];
    Arrays.fill(fields, new int[0]);
    return new IndexedSession(session, fields, new int[0]);
  }

  private int[] joined(List<String> items) {
    int[] joined = new int[0];
    for (String item : items) {
      int[] words = words(item);
      int start = joined.length == 0 ? 0 : joined.length + 1;
      joined = Arrays.copyOf(joined, start + words.length);
      if (start > 0) {
        joined[start - 1] = BOUNDARY;
      }
      System.arraycopy(words, 0, joined, start, words.length);
    }
    return joined;
  }

  private int[] words(String text) {
    List<String> tokens = TermTokenizer.tokens(text);
    int[] ids = new int[tokens.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = idOf(tokens.get(i));
    }
    return ids;
  }

  private int idOf(String token) {
    Integer known = vocabulary.get(token);
    if (known != null) {
      return known;
    }
    int id = vocabulary.size();
    vocabulary.put(token, id);
    if (id >= documentFrequency.length) {
      documentFrequency = Arrays.copyOf(documentFrequency, documentFrequency.length * 2);
    }
    return id;
  }

  private void countOnce(int[][] fields) {
    BitSet seen = new BitSet();
    for (int[] field : fields) {
      for (int word : field) {
        if (word >= 0 && !seen.get(word)) {
          seen.set(word);
          documentFrequency[word]++;
        }
      }
    }
  }

  /** One session's words, field by field, and its speakers' organisations. */
  record IndexedSession(Session session, int[][] fields, int[] organisations) {
    int[] field(MatchField field) {
      return fields[field.ordinal()];
    }

    /** Whether the phrase occurs in any field. */
    boolean mentions(int[] phrase) {
      for (int[] field : fields) {
        if (containsPhrase(field, phrase)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Whether the words of a phrase occur one after the other in the text. */
  static boolean containsPhrase(int[] text, int[] phrase) {
    if (phrase.length == 0) {
      return false;
    }
    for (int start = 0; start + phrase.length <= text.length; start++) {
      if (matchesAt(text, phrase, start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(int[] text, int[] phrase, int start) {
    for (int i = 0; i < phrase.length; i++) {
      if (text[start + i] != phrase[i]) {
        return false;
      }
    }
    return true;
  }
}
