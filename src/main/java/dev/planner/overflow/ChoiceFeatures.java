package dev.planner.overflow;

import dev.planner.model.Session;
import dev.planner.model.SessionType;
import dev.planner.model.Speaker;
import java.time.Duration;
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
  private final Map<String, Integer> sessionsByWord = new HashMap<>();
  private final Map<String, Integer> sessionsBySpeaker = new HashMap<>();

  /** @param plannable the schedule's plannable sessions, whose words and speakers are counted */
  ChoiceFeatures(List<Session> plannable) {
    for (Session session : plannable) {
      Set<String> words = new TreeSet<>(TopicWords.of(session.title()));
      words.addAll(TopicWords.of(bodyText(session)));
      words.forEach(word -> sessionsByWord.merge(word, 1, Integer::sum));
      session.speakers().stream().map(Speaker::name).distinct()
          .forEach(name -> sessionsBySpeaker.merge(name, 1, Integer::sum));
    }
  }

  /** The inputs of one session's utility. */
  record Of(SessionType type, String track, double minutes, Set<String> titleWords, Set<String> bodyWords,
      double sharedTopics, boolean repeatSpeaker) {}

  Of of(Session session) {
    Set<String> title = TopicWords.of(session.title());
    Set<String> body = new TreeSet<>(TopicWords.of(bodyText(session)));
    body.removeAll(title);
    double minutes = Duration.between(session.start(), session.end()).toSeconds() / 60.0;
    boolean repeat = session.speakers().stream().anyMatch(speaker -> sessionsBySpeaker.getOrDefault(speaker.name(), 0) > 1);
    return new Of(session.type(), session.track().strip(), minutes, title, body, sharedTopics(title), repeat);
  }

  /**
   * The mean over the title's words of ln(1 + other sessions with the word): programme committees
   * accept many talks on what the audience asks for. The logarithm makes the size of the schedule a
   * constant that the logit cancels.
   */
  private double sharedTopics(Set<String> titleWords) {
    if (titleWords.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (String word : titleWords) {
      sum += Math.log(Math.max(1, sessionsByWord.getOrDefault(word, 1)));
    }
    return sum / titleWords.size();
  }

  /** The abstract and tags: the text other than the title. */
  static String bodyText(Session session) {
    StringBuilder text = new StringBuilder(session.abstractText());
    session.tags().forEach(tag -> text.append('\n').append(tag));
    return text.toString();
  }
}
