package dev.planner.ranking;

import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ranking the scorer has to beat: count how often the profile's wanted words occur, as plain
 * lower-case text, in a session's title, abstract, tags and track; no weights, stems, IDF or avoidance.
 */
final class KeywordCountBaseline {
  private KeywordCountBaseline() {}

  static List<Session> rank(Schedule schedule, Profile profile, LocalDate day) {
    List<String> keywords = profile.interests().entrySet().stream()
        .filter(entry -> entry.getValue() > 0)
        .map(Map.Entry::getKey)
        .map(keyword -> keyword.toLowerCase(Locale.ROOT))
        .sorted()
        .toList();
    return schedule.sessionsOn(day).stream()
        .filter(session -> session.type().isPlannable())
        .sorted(Comparator.comparingInt((Session session) -> -count(session, keywords))
            .thenComparing(Session::start)
            .thenComparing(Session::id))
        .toList();
  }

  private static int count(Session session, List<String> keywords) {
    String text = String.join(" ", session.title(), session.abstractText(), String.join(" ", session.tags()), session.track())
        .toLowerCase(Locale.ROOT);
    int count = 0;
    for (String keyword : keywords) {
      for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + keyword.length())) {
        count++;
      }
    }
    return count;
  }
}
