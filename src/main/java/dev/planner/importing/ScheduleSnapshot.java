package dev.planner.importing;

import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import dev.planner.model.Signals;
import dev.planner.model.Speaker;
import dev.planner.model.Venue;
import dev.planner.model.WalkingTimes;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A compact binary copy of a schedule, made at build time from the bundled YAML so that a run on the
 * bundled schedule reads it in milliseconds instead of starting a YAML parser. Reading a snapshot
 * gives a schedule equal to the one written; a snapshot of another version is refused.
 */
public final class ScheduleSnapshot {
  private static final int MAGIC = 0x504c4e53; // "PLNS"
  private static final int VERSION = 1;

  private ScheduleSnapshot() {}

  public static void write(Schedule schedule, OutputStream target) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    text(out, schedule.conference());
    text(out, schedule.zone().getId());
    out.writeInt(schedule.attendees());
    writeVenue(out, schedule.venue());
    out.writeInt(schedule.sessions().size());
    for (Session session : schedule.sessions()) {
      writeSession(out, session);
    }
    out.flush();
  }

  /**
   * Reads a snapshot.
   *
   * @throws IOException when the bytes are no snapshot of this version
   */
  public static Schedule read(InputStream source) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(source));
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a schedule snapshot of version " + VERSION);
    }
    String conference = text(in);
    ZoneId zone = ZoneId.of(text(in));
    int attendees = in.readInt();
    Venue venue = readVenue(in);
    int count = in.readInt();
    List<Session> sessions = new ArrayList<>(count);
    Times times = new Times(zone);
    for (int i = 0; i < count; i++) {
      sessions.add(readSession(in, times));
    }
    return new Schedule(conference, zone, attendees, venue, sessions);
  }

  private static void writeVenue(DataOutputStream out, Venue venue) throws IOException {
    text(out, venue.name());
    out.writeInt(venue.rooms().size());
    for (Room room : venue.rooms()) {
      text(out, room.id().value());
      text(out, room.name());
      out.writeInt(room.capacity());
      out.writeByte(room.capacitySource().ordinal());
      text(out, room.level());
      text(out, room.building());
    }
    WalkingTimes walking = venue.walking();
    out.writeInt(walking.sameLevel());
    out.writeInt(walking.otherLevel());
    out.writeInt(walking.otherBuilding());
    out.writeInt(walking.between().size());
    for (Map.Entry<WalkingTimes.RoomPair, Integer> pair : walking.between().entrySet()) {
      text(out, pair.getKey().first().value());
      text(out, pair.getKey().second().value());
      out.writeInt(pair.getValue());
    }
  }

  private static Venue readVenue(DataInputStream in) throws IOException {
    String name = text(in);
    int count = in.readInt();
    List<Room> rooms = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rooms.add(new Room(new RoomId(text(in)), text(in), in.readInt(), CapacitySource.values()[in.readByte()],
          text(in), text(in)));
    }
    int sameLevel = in.readInt();
    int otherLevel = in.readInt();
    int otherBuilding = in.readInt();
    int pairs = in.readInt();
    Map<WalkingTimes.RoomPair, Integer> between = new HashMap<>();
    for (int i = 0; i < pairs; i++) {
      between.put(WalkingTimes.RoomPair.of(new RoomId(text(in)), new RoomId(text(in))), in.readInt());
    }
    return new Venue(name, rooms, new WalkingTimes(sameLevel, otherLevel, otherBuilding, between));
  }

  private static void writeSession(DataOutputStream out, Session session) throws IOException {
    text(out, session.id().value());
    text(out, session.title());
    instant(out, session.start());
    instant(out, session.end());
    text(out, session.room().value());
    text(out, session.track());
    out.writeByte(session.type().ordinal());
    out.writeInt(session.speakers().size());
    for (Speaker speaker : session.speakers()) {
      text(out, speaker.name());
      text(out, speaker.organisation());
    }
    out.writeInt(session.tags().size());
    for (String tag : session.tags()) {
      text(out, tag);
    }
    text(out, session.abstractText());
    text(out, session.url());
    optional(out, session.signals().favourites());
    optional(out, session.signals().signups());
  }

  private static Session readSession(DataInputStream in, Times times) throws IOException {
    Session.Builder session = Session.builder(new SessionId(text(in)))
        .title(text(in))
        .start(times.read(in))
        .end(times.read(in))
        .room(new RoomId(text(in)))
        .track(text(in))
        .type(SessionType.values()[in.readByte()]);
    int speakerCount = in.readInt();
    List<Speaker> speakers = new ArrayList<>(speakerCount);
    for (int i = 0; i < speakerCount; i++) {
      speakers.add(new Speaker(text(in), text(in)));
    }
    int tagCount = in.readInt();
    List<String> tags = new ArrayList<>(tagCount);
    for (int i = 0; i < tagCount; i++) {
      tags.add(text(in));
    }
    return session.speakers(speakers).tags(tags).abstractText(text(in)).url(text(in))
        .signals(new Signals(optional(in), optional(in)))
        .build();
  }

  private static void instant(DataOutputStream out, ZonedDateTime time) throws IOException {
    out.writeLong(time.toEpochSecond());
    out.writeInt(time.getNano());
  }

  /**
   * The times of a snapshot in its zone. Sessions share a few start and end times, and each distinct
   * time is placed in the zone once: the zone's rules are looked up per time, not per session.
   */
  private static final class Times {
    private final ZoneId zone;
    private final Map<Instant, ZonedDateTime> known = new HashMap<>();

    Times(ZoneId zone) {
      this.zone = zone;
    }

    ZonedDateTime read(DataInputStream in) throws IOException {
      Instant instant = Instant.ofEpochSecond(in.readLong(), in.readInt());
      ZonedDateTime time = known.get(instant);
      if (time == null) {
        time = instant.atZone(zone);
        known.put(instant, time);
      }
      return time;
    }
  }

  private static void optional(DataOutputStream out, OptionalInt value) throws IOException {
    out.writeBoolean(value.isPresent());
    out.writeInt(value.orElse(0));
  }

  private static OptionalInt optional(DataInputStream in) throws IOException {
    boolean present = in.readBoolean();
    int value = in.readInt();
    return present ? OptionalInt.of(value) : OptionalInt.empty();
  }

  /** Text of any length as UTF-8 (writeUTF stops at 64 KiB). */
  private static void text(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String text(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
