package dev.planner.cli;

import dev.planner.model.Room;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.Venue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves what a user types where a session or a room is asked for: a session's whole id, a unique
 * start of one (Sched's ids are 32 hex characters), or a unique part of its title; a room's name or id,
 * or the last part of its name as the risk grid shows it ("Room G" for "Hall 8 | Room G").
 */
final class SessionNames {
  /** Candidates named in the message when a name fits several sessions. */
  private static final int SHOWN = 5;

  private SessionNames() {}

  /** The session named, empty when none fits; several fitting is a usage error that lists them. */
  static Optional<Session> session(CommandContext context, Schedule schedule, String option, String typed) {
    String name = typed.strip();
    Optional<Session> exact = schedule.session(new SessionId(name));
    if (exact.isPresent() || name.isEmpty()) {
      return exact;
    }
    List<Session> byPrefix = schedule.sessions().stream().filter(session -> session.id().value().startsWith(name)).toList();
    if (!byPrefix.isEmpty()) {
      return one(context, option, name, byPrefix);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    List<Session> byTitle = schedule.sessions().stream()
        .filter(session -> session.title().toLowerCase(Locale.ROOT).contains(lower))
        .toList();
    return byTitle.isEmpty() ? Optional.empty() : one(context, option, name, byTitle);
  }

  /** The room named by its name or id, else by the last part of its name when only one room ends so. */
  static Optional<Room> room(Schedule schedule, String typed) {
    Optional<Room> whole = schedule.venue().findByName(typed);
    if (whole.isPresent()) {
      return whole;
    }
    String wanted = Venue.matchKey(typed);
    List<Room> byLastPart = schedule.venue().rooms().stream()
        .filter(room -> Venue.matchKey(lastPart(room.name())).equals(wanted))
        .toList();
    return byLastPart.size() == 1 ? Optional.of(byLastPart.get(0)) : Optional.empty();
  }

  private static String lastPart(String name) {
    String[] parts = name.split("\\|");
    return parts[parts.length - 1];
  }

  private static Optional<Session> one(CommandContext context, String option, String name, List<Session> fitting) {
    if (fitting.size() == 1) {
      return Optional.of(fitting.get(0));
    }
    StringBuilder message = new StringBuilder(option + ": '" + name + "' fits " + fitting.size() + " sessions:");
    fitting.stream().limit(SHOWN).forEach(session -> message.append(String.format(Locale.ROOT, "%n  %s  %s  %s",
        session.id(), session.start().toLocalDateTime(), session.title())));
    if (fitting.size() > SHOWN) {
      message.append(String.format(Locale.ROOT, "%n  ... and %d more", fitting.size() - SHOWN));
    }
    message.append(String.format(Locale.ROOT, "%nname one by more of its id or title"));
    throw context.usage(message.toString());
  }
}
