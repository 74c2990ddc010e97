package dev.planner.model;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing an attendee saw at a room during the conference: that it was full, that it was open
 * again, how many people were inside, or how many were queueing outside; with who saw it.
 *
 * @param session the session the room held then, when one was running or about to start
 * @param value the number of people, for {@link Kind#COUNT} and {@link Kind#QUEUE} only
 */
public record SiteObservation(
    ZonedDateTime time, Kind kind, RoomId room, Optional<SessionId> session, OptionalInt value, String observer) {

  /** Time first, then everything else, so that a log sorted by it is the same however it was put together. */
  public static final Comparator<SiteObservation> ORDER = Comparator
      .comparing((SiteObservation seen) -> seen.time().toInstant())
      .thenComparing(SiteObservation::kind)
      .thenComparing(seen -> seen.room().value())
      .thenComparing(seen -> seen.session().map(SessionId::value).orElse(""))
      .thenComparingInt(seen -> seen.value().orElse(-1))
      .thenComparing(SiteObservation::observer);

  /** What was seen. */
  public enum Kind {
    FULL, OPEN, COUNT, QUEUE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this kind carries a number of people. */
    public boolean counts() {
      return this == COUNT || this == QUEUE;
    }

    public static Kind fromLabel(String label) {
      for (Kind kind : values()) {
        if (kind.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
          return kind;
        }
      }
      throw new IllegalArgumentException("unknown observation '" + label + "' (known: full, open, count, queue)");
    }
  }

  public SiteObservation {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(value, "value");
    Checks.notBlank(observer, "observer");
    if (kind.counts() != value.isPresent()) {
      throw new IllegalArgumentException(kind.label() + (kind.counts() ? " needs" : " takes no") + " number of people");
    }
    if (value.isPresent()) {
      Checks.notNegative(value.getAsInt(), "the number of people");
    }
    if (kind.counts() && session.isEmpty()) {
      throw new IllegalArgumentException("a " + kind.label() + " is taken at a session");
    }
  }

  /**
   * Whether the room turned people away: seen full, a queue outside, or as many people inside as it
   * has seats; {@code open}, an empty queue and a count below the seats say it did not.
   */
  public boolean saysFull(int capacity) {
    return switch (kind) {
      case FULL -> true;
      case OPEN -> false;
      case QUEUE -> value.getAsInt() > 0;
      case COUNT -> value.getAsInt() >= capacity;
    };
  }
}
