package dev.planner.overflow;

import dev.planner.model.Session;
import dev.planner.model.SessionType;
import dev.planner.model.Speaker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the choice model reads from a session and the schedule around it, before any weight: its type,
 * track and length, the topic words of its title and of the rest of its text, how many other sessions
 * of the schedule share its title's topics, and whether a speaker of it gives several sessions.
 */
final class ChoiceFeatures {
  private final List<Session> plannable;
  /** Counted on first use: most models give shared topics and repeat speakers no weight. */
  private Map<String, Integer> sessionsByWord;
  private Map<String, Integer> sessionsBySpeaker;

  /** @param plannable the schedule's plannable sessions, whose words and speakers are counted */
  ChoiceFeatures(List<Session> plannable) {
    this.plannable = List.copyOf(plannable);
  }

  /** The inputs of one session's utility; the two that look at the whole schedule are worked out when asked for. */
  final class Of {
    private final Session session;
    private final Set<String> titleWords;
    private final Set<String> bodyWords;

    private Of(Session session, Set<String> titleWords, Set<String> bodyWords) {
      this.session = session;
      this.titleWords = titleWords;
      this.bodyWords = bodyWords;
    }

    SessionType type() {
      return session.type();
    }

    String track() {
      return session.track().strip();
    }

    double minutes() {
      return session.duration().toSeconds() / 60.0;
    }

    /** The folded topic words of the title. */
    Set<String> titleWords() {
      return titleWords;
    }

    /** The folded topic words of the abstract and tags that are not in the title. */
    Set<String> bodyWords() {
      return bodyWords;
    }

    /**
     * The mean over the title's words of ln(1 + other sessions with the word): programme committees
     * accept many talks on what the audience asks for. The logarithm makes the size of the schedule a
     * constant that the logit cancels.
     */
    double sharedTopics() {
      if (titleWords.isEmpty()) {
        return 0;
      }
      Map<String, Integer> counts = sessionsByWord();
      double sum = 0;
      for (String word : titleWords) {
        sum += Math.log(Math.max(1, counts.getOrDefault(word, 1)));
      }
      return sum / titleWords.size();
    }

    /** Whether a speaker of the session gives other sessions of the schedule too. */
    boolean repeatSpeaker() {
      Map<String, Integer> counts = sessionsBySpeaker();
      return session.speakers().stream().anyMatch(speaker -> counts.getOrDefault(speaker.name(), 0) > 1);
    }
  }

  Of of(Session session) {
    Set<String> title = TopicWords.of(session.title());
    Set<String> body = TopicWords.of(bodyText(session));
    body.removeAll(title);
    return new Of(session, title, body);
  }

  private Map<String, Integer> sessionsByWord() {
    if (sessionsByWord == null) {
      sessionsByWord = new HashMap<>();
      for (Session session : plannable) {
        Set<String> words = new TreeSet<>(TopicWords.of(session.title()));
        words.addAll(TopicWords.of(bodyText(session)));
        words.forEach(word -> sessionsByWord.merge(word, 1, Integer::sum));
      }
    }
    return sessionsByWord;
  }

  private Map<String, Integer> sessionsBySpeaker() {
    if (sessionsBySpeaker == null) {
      sessionsBySpeaker = new HashMap<>();
      for (Session session : plannable) {
        session.speakers().stream().map(Speaker::name).distinct()
            .forEach(name -> sessionsBySpeaker.merge(name, 1, Integer::sum));
      }
    }
    return sessionsBySpeaker;
  }

  /** The abstract and tags: the text other than the title. */
  static String bodyText(Session session) {
    StringBuilder text = new StringBuilder(session.abstractText());
    for (String tag : session.tags()) {
      text.append('\n').append(tag);
    }
    return text.toString();
  }
}
