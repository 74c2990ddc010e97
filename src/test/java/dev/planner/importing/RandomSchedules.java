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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random whole schedules for round-trip properties: unicode and YAML-hostile text, empty optional
 * fields, and times on the days clocks change in several zones.
 */
public final class RandomSchedules {
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Paris"), ZoneId.of("UTC"),
      ZoneId.of("America/New_York"), ZoneId.of("Pacific/Auckland"), ZoneId.of("Asia/Kolkata"));
  /** Days around the 2024 clock changes of those zones, and one quiet day. */
  private static final List<LocalDate> DAYS = List.of(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 31),
      LocalDate.of(2024, 4, 7), LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 27), LocalDate.of(2024, 11, 3),
      LocalDate.of(2024, 6, 12));
  private static final List<String> PIECES = List.of("Kubernetes", "eBPF", "talk", "日本語", "Ünïcödé", "😀", "🚀",
      "\"quoted\"", "it's", ": colon", "# hash", "- dash", "&anchor", "*alias", "!tag", "%", "@", "`tick`", "|", ">",
      "\\", "{brace}", "[list]", "null", "true", "~", "0x1F", "1e3", "Ω", "→", "a  b", "ﬁ", "é", "\u00A0nbsp");

  private RandomSchedules() {}

  /** Non-blank text made of words YAML likes to misread, never padded with spaces. */
  static Arbitrary<String> text() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(5).map(words -> String.join(" ", words).strip())
        .filter(words -> !words.isBlank());
  }

  static Arbitrary<String> optionalText() {
    return Arbitraries.oneOf(Arbitraries.just(""), text());
  }

  public static Arbitrary<Schedule> schedules() {
    Arbitrary<ZoneId> zone = Arbitraries.of(ZONES);
    Arbitrary<List<Room>> rooms = room().list().ofMinSize(1).ofMaxSize(4).map(RandomSchedules::numberRooms);
    return Combinators.combine(text(), zone, Arbitraries.integers().between(1, 100_000), optionalText(), rooms)
        .flatAs((name, inZone, attendees, venueName, roomList) ->
            session(inZone, roomList).list().ofMinSize(1).ofMaxSize(12).map(sessions -> new Schedule(name, inZone,
                attendees, new Venue(venueName, roomList, WalkingTimes.DEFAULT), numberSessions(sessions))));
  }

  private static Arbitrary<Room> room() {
    return Combinators.combine(text(), Arbitraries.integers().between(1, 5000), Arbitraries.of(CapacitySource.class),
        optionalText(), optionalText())
        .as((name, seats, source, level, building) -> new Room(new RoomId("room"), name, seats, source, level, building));
  }

  private static List<Room> numberRooms(List<Room> rooms) {
    List<Room> numbered = new ArrayList<>();
    for (int index = 0; index < rooms.size(); index++) {
      Room room = rooms.get(index);
      numbered.add(new Room(new RoomId("r" + index), room.name(), room.capacity(), room.capacitySource(),
          room.level(), room.building()));
    }
    return numbered;
  }

  private static List<Session> numberSessions(List<Session> sessions) {
    List<Session> numbered = new ArrayList<>();
    for (int index = 0; index < sessions.size(); index++) {
      Session session = sessions.get(index);
      numbered.add(new Session(new SessionId("s" + index), session.title(), session.start(), session.end(),
          session.room(), session.track(), session.type(), session.speakers(), session.tags(),
          session.abstractText(), session.url(), session.signals()));
    }
    return numbered;
  }

  private static Arbitrary<Session> session(ZoneId zone, List<Room> rooms) {
    Arbitrary<ZonedDateTime> start = Combinators.combine(Arbitraries.of(DAYS), Arbitraries.integers().between(0, 23),
        Arbitraries.of(0, 15, 30, 45), Arbitraries.of(true, false))
        .as((day, hour, minute, later) -> {
          ZonedDateTime at = LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(zone);
          return later ? at.withLaterOffsetAtOverlap() : at;
        });
    Arbitrary<Speaker> speaker = Combinators.combine(text(), optionalText()).as(Speaker::new);
    Arbitrary<Signals> signals = Arbitraries.integers().between(-1, 500).tuple2().map(counts -> new Signals(
        counts.get1() < 0 ? OptionalInt.empty() : OptionalInt.of(counts.get1()),
        counts.get2() < 0 ? OptionalInt.empty() : OptionalInt.of(counts.get2())));
    Arbitrary<String> url = Arbitraries.of("", "https://example.org/talk/1", "http://example.org/a?b=c&d=e#f");
    Arbitrary<Session.Builder> core = Combinators.combine(text(), start, Arbitraries.integers().between(5, 600),
            Arbitraries.of(rooms), optionalText(), Arbitraries.of(SessionType.class))
        .as((title, begin, minutes, room, track, type) -> Session.builder(new SessionId("s")).title(title)
            .start(begin).end(begin.plusMinutes(minutes)).room(room.id()).track(track).type(type));
    return Combinators.combine(core, speaker.list().ofMaxSize(3).uniqueElements(),
            text().list().ofMaxSize(3).uniqueElements(), optionalText(), url, signals)
        .as((builder, speakers, tags, abstractText, link, counts) -> builder.speakers(speakers).tags(tags)
            .abstractText(abstractText).url(link).signals(counts).build());
  }
}
