package dev.planner.importing.userfiles;

import dev.planner.importing.userfiles.AgendaReader.Entry;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds each starred entry's session in the schedule: by id (an iCalendar UID is the session id in
 * feeds from the same site), then by link, then by title and start time, then by title alone when only
 * one session has it (the talk has moved since the agenda was saved). Titles match without regard to
 * case or spacing; a calendar summary that adds " - speakers" after the title matches too.
 */
public final class AgendaMatcher {
  /** How an entry was matched, for the report. */
  public enum How {
    ID("id"), URL("link"), TITLE_AND_TIME("title and time"), TITLE("title"), MOVED("title; it has moved to another time");

    private final String label;

    How(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** An entry and its session. */
  public record Matched(Entry entry, Session session, How how) {}

  /** An entry that names no session, and why. */
  public record Unmatched(Entry entry, String reason) {}

  /** Every entry, matched or not, in agenda order. */
  public record Result(List<Matched> matched, List<Unmatched> unmatched) {
    /** The matched sessions, each once, in schedule order. */
    public List<Session> sessions() {
      return matched.stream().map(Matched::session).distinct().sorted(Schedule.ORDER).toList();
    }
  }

  private final Schedule schedule;
  private final Map<String, Session> byUrl = new HashMap<>();
  private final Map<String, List<Session>> byTitle = new HashMap<>();

  public AgendaMatcher(Schedule schedule) {
    this.schedule = schedule;
    for (Session session : schedule.sessions()) {
      if (!session.url().isBlank()) {
        byUrl.putIfAbsent(link(session.url()), session);
      }
      byTitle.computeIfAbsent(title(session.title()), key -> new ArrayList<>()).add(session);
    }
  }

  public Result match(List<Entry> entries) {
    List<Matched> matched = new ArrayList<>();
    List<Unmatched> unmatched = new ArrayList<>();
    for (Entry entry : entries) {
      Optional<Matched> found = byId(entry).or(() -> byUrl(entry)).or(() -> byTitle(entry));
      if (found.isPresent()) {
        matched.add(found.get());
      } else {
        unmatched.add(new Unmatched(entry, whyNot(entry)));
      }
    }
    return new Result(matched, unmatched);
  }

  private Optional<Matched> byId(Entry entry) {
    return entry.uid().flatMap(uid -> schedule.session(new SessionId(uid)))
        .map(session -> new Matched(entry, session, How.ID));
  }

  private Optional<Matched> byUrl(Entry entry) {
    return entry.url().map(AgendaMatcher::link).map(byUrl::get)
        .map(session -> new Matched(entry, session, How.URL));
  }

  private Optional<Matched> byTitle(Entry entry) {
    for (String candidate : titles(entry)) {
      List<Session> sessions = byTitle.getOrDefault(candidate, List.of());
      Optional<ZonedDateTime> start = entry.start();
      Optional<Session> atTime = sessions.stream()
          .filter(session -> start.map(time -> time.toInstant().equals(session.start().toInstant())).orElse(false))
          .findFirst();
      if (atTime.isPresent()) {
        return Optional.of(new Matched(entry, atTime.get(), How.TITLE_AND_TIME));
      }
      if (sessions.size() == 1) {
        return Optional.of(new Matched(entry, sessions.get(0), start.isPresent() ? How.MOVED : How.TITLE));
      }
    }
    return Optional.empty();
  }

  private String whyNot(Entry entry) {
    for (String candidate : titles(entry)) {
      int sharing = byTitle.getOrDefault(candidate, List.of()).size();
      if (sharing > 1) {
        return sharing + " sessions have this title and none starts at the same time";
      }
    }
    return "no session has this id, link or title";
  }

  /** The entry's title, then the title without what follows its last " - " (speakers), and so on. */
  private static List<String> titles(Entry entry) {
    List<String> titles = new ArrayList<>();
    String title = entry.title().orElse("");
    while (!title.isBlank()) {
      titles.add(title(title));
      int dash = title.lastIndexOf(" - ");
      title = dash < 0 ? "" : title.substring(0, dash);
    }
    return titles;
  }

  private static String title(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A link without its scheme, case of the host, or trailing slash: http and https name the same talk. */
  private static String link(String url) {
    String stripped = url.strip().replaceFirst("(?i)^https?://", "");
    while (stripped.endsWith("/")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    return stripped.toLowerCase(Locale.ROOT);
  }
}
