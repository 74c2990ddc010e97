package dev.planner.model;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/** One entry of a schedule: a talk, a keynote, a coffee break, with its time, room and people. */
public record Session(
    SessionId id,
    String title,
    ZonedDateTime start,
    ZonedDateTime end,
    RoomId room,
    String track,
    SessionType type,
    List<Speaker> speakers,
    List<String> tags,
    String abstractText,
    String url,
    Signals signals) {

  public Session {
    Objects.requireNonNull(id, "id");
    Checks.notBlank(title, "title of session " + id);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("session " + id + " ends at " + end + ", not after its start " + start);
    }
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(type, "type");
    speakers = Checks.listOf(speakers, "speakers");
    tags = Checks.listOf(tags, "tags");
    Objects.requireNonNull(abstractText, "abstractText");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(signals, "signals");
  }

  public Duration duration() {
    // The instants' difference, as Duration.between gives it, without its trip through the zone rules.
    return Duration.ofSeconds(end.toEpochSecond() - start.toEpochSecond(), end.getNano() - start.getNano());
  }

  /** Whether the two sessions share any instant (touching ends do not overlap). */
  public boolean overlaps(Session other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /** The same session with its times shown in another zone; the instants are unchanged. */
  public Session inZone(ZoneId zone) {
    if (start.getZone().equals(zone) && end.getZone().equals(zone)) {
      return this;
    }
    return withTimes(start.withZoneSameInstant(zone), end.withZoneSameInstant(zone));
  }

  public Session withTimes(ZonedDateTime newStart, ZonedDateTime newEnd) {
    return new Session(id, title, newStart, newEnd, room, track, type, speakers, tags, abstractText, url, signals);
  }

  /** A builder for readers that learn a session's fields one at a time. */
  public static Builder builder(SessionId id) {
    return new Builder(id);
  }

  /** Collects a session's fields; optional ones default to empty. */
  public static final class Builder {
    private final SessionId id;
    private String title = "";
    private ZonedDateTime start;
    private ZonedDateTime end;
    private RoomId room;
    private String track = "";
    private SessionType type = SessionType.TALK;
    private List<Speaker> speakers = List.of();
    private List<String> tags = List.of();
    private String abstractText = "";
    private String url = "";
    private Signals signals = Signals.NONE;

    private Builder(SessionId id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    public Builder title(String value) { this.title = value; return this; }
    public Builder start(ZonedDateTime value) { this.start = value; return this; }
    public Builder end(ZonedDateTime value) { this.end = value; return this; }
    public Builder room(RoomId value) { this.room = value; return this; }
    public Builder track(String value) { this.track = value; return this; }
    public Builder type(SessionType value) { this.type = value; return this; }
    public Builder speakers(List<Speaker> value) { this.speakers = value; return this; }
    public Builder tags(List<String> value) { this.tags = value; return this; }
    public Builder abstractText(String value) { this.abstractText = value; return this; }
    public Builder url(String value) { this.url = value; return this; }
    public Builder signals(Signals value) { this.signals = value; return this; }

    public Session build() {
      return new Session(id, title, start, end, room, track, type, speakers, tags, abstractText, url, signals);
    }
  }
}
