package dev.planner.synthetic;

import dev.planner.model.CapacitySource;
import dev.planner.model.Preferences;
import dev.planner.model.Profile;
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
import dev.planner.rendering.YamlScheduleWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * A seeded generator of realistic conference schedules for tests and benchmarks: rooms of very
 * different sizes on several levels, tracks, talks of uneven lengths that overlap across rooms,
 * a few popular topics that many titles share, and favourite counts where a source would give them.
 * The same seed and dimensions give the same schedule, which it writes as our YAML or as a
 * Sched-shaped iCalendar feed.
 *
 * <p>Run it: {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * dev.planner.synthetic.SyntheticSchedule SESSIONS SEED yaml|ics OUT}.
 */
public final class SyntheticSchedule {
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final LocalDate FIRST_DAY = LocalDate.of(2031, 3, 18);
  private static final String[] TRACKS = {
    "Security", "Observability", "Networking", "Storage", "Platform Engineering", "AI + ML",
    "Runtimes", "Operations", "Community", "Developer Experience", "Edge", "Data"
  };
  /** Popular topics come first: titles draw them with a skew, so a few topics fill many rooms. */
  private static final String[] TOPICS = {
    "Kubernetes", "eBPF", "OpenTelemetry", "WebAssembly", "Service Mesh", "GitOps", "Supply Chain",
    "Operators", "Autoscaling", "Multi-Tenancy", "Cost", "Chaos Testing", "Policy", "Serverless",
    "Batch Jobs", "GPUs", "Secrets", "Databases", "Edge Clusters", "Tracing"
  };
  private static final String[] OPENINGS = {
    "Lessons from Running", "A Practical Guide to", "Scaling", "Debugging", "Securing", "Beyond",
    "What We Learned Migrating to", "Deep Dive:", "Intro to", "The Future of"
  };
  private static final String[] FIRST_NAMES = {
    "Ada", "Bo", "Chen", "Dara", "Emil", "Fatou", "Goran", "Hana", "Ivo", "Jun", "Kemal", "Lea",
    "Mira", "Nils", "Olu", "Priya", "Quinn", "Rosa", "Sami", "Tove"
  };
  private static final String[] LAST_NAMES = {
    "Andersen", "Baptiste", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat", "Ito",
    "Jansen", "Kowalski", "Laine", "Moreau", "Novak", "Okafor", "Petrov", "Rossi", "Silva"
  };
  private static final String[] ORGANISATIONS = {
    "Example Cloud", "Sample Systems", "Demo Labs", "Placeholder Inc", "Fictional Foundation", "Test Networks"
  };
  /** Minutes per session: twenty of them with their breaks fit in a day from 08:00. */
  private static final int[] LENGTHS = {20, 25, 25, 30, 30, 30, 35, 40};

  private SyntheticSchedule() {}

  /** About {@code sessions} sessions: 20 days of 250 rooms at 100k, fewer days and rooms below. */
  public static Schedule ofSize(int sessions, long seed) {
    int slots = 20;
    int days = Math.max(1, Math.min(20, (int) Math.ceil(sessions / (250.0 * slots))));
    int rooms = Math.max(1, (int) Math.ceil(sessions / (double) (days * slots)));
    return generate(seed, days, rooms, slots, sessions);
  }

  /** {@code days × rooms × slots} sessions, the last ones dropped to keep at most {@code limit}. */
  public static Schedule generate(long seed, int days, int rooms, int slots, int limit) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Room> venueRooms = rooms(random, rooms);
    List<Session> sessions = new ArrayList<>();
    for (int day = 0; day < days; day++) {
      for (Room room : venueRooms) {
        ZonedDateTime start = FIRST_DAY.plusDays(day).atTime(8, 0).atZone(ZONE).plusMinutes(5L * random.nextInt(4));
        for (int slot = 0; slot < slots && sessions.size() < limit; slot++) {
          int length = LENGTHS[random.nextInt(LENGTHS.length)];
          sessions.add(session(random, sessions.size(), room, start, start.plusMinutes(length)));
          start = start.plusMinutes(length + (random.nextInt(3) == 0 ? 10L : 5L));
        }
      }
    }
    int attendees = Math.max(500, venueRooms.stream().mapToInt(Room::capacity).sum() * 3 / 4);
    return new Schedule("Synthetic Conference " + seed, ZONE, attendees,
        new Venue("Synthetic Expo", venueRooms, WalkingTimes.DEFAULT), sessions);
  }

  private static List<Room> rooms(SplittableRandom random, int count) {
    List<Room> rooms = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // Mostly small breakout rooms, a few large halls: capacities spread over two orders of magnitude.
      int capacity = i == 0 ? 3000 : 40 + (int) (Math.pow(random.nextDouble(), 3) * 1200);
      CapacitySource source = random.nextInt(4) == 0 ? CapacitySource.ESTIMATE : CapacitySource.OFFICIAL;
      rooms.add(new Room(new RoomId(String.format(Locale.ROOT, "room-%03d", i)),
          String.format(Locale.ROOT, "Room %03d", i), capacity, source, "Level " + (i % 4), "Hall " + (i / 60)));
    }
    return rooms;
  }

  private static Session session(SplittableRandom random, int index, Room room, ZonedDateTime start, ZonedDateTime end) {
    String topic = TOPICS[skewed(random, TOPICS.length)];
    String title = OPENINGS[random.nextInt(OPENINGS.length)] + " " + topic + " at Scale #" + index;
    List<Speaker> speakers = new ArrayList<>();
    for (int i = 0, count = 1 + random.nextInt(2); i < count; i++) {
      speakers.add(new Speaker(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)],
          ORGANISATIONS[random.nextInt(ORGANISATIONS.length)]));
    }
    SessionType type = end.toEpochSecond() - start.toEpochSecond() >= 40 * 60 ? SessionType.TUTORIAL : SessionType.TALK;
    Signals signals = random.nextInt(3) == 0 ? Signals.NONE
        : new Signals(OptionalInt.of((int) (Math.pow(random.nextDouble(), 2) * 400)), OptionalInt.empty());
    return Session.builder(new SessionId(String.format(Locale.ROOT, "s%06d", index)))
        .title(title)
        .start(start)
        .end(end)
        .room(room.id())
        .track(TRACKS[skewed(random, TRACKS.length)])
        .type(type)
        .speakers(speakers)
        .tags(List.of(topic.toLowerCase(Locale.ROOT)))
        .abstractText("How one team ran " + topic + " in production: what broke, what we measured, and what we would do again.")
        .url("https://example.org/s/" + index)
        .signals(signals)
        .build();
  }

  /** An index in [0, n) where small indexes are much more likely: popular topics and tracks. */
  private static int skewed(SplittableRandom random, int n) {
    return Math.min(n - 1, (int) (Math.pow(random.nextDouble(), 2.5) * n));
  }

  /** An attendee with a few interests among the popular and the rare topics, a track and a company to follow. */
  public static Profile curiousProfile() {
    return new Profile(Map.of("ebpf", 3.0, "opentelemetry", 2.0, "cost", 1.5, "tracing", 1.0),
        Map.of("Security", 1.0), Map.of(SessionType.TUTORIAL, -0.5), List.of("Hana Ito"), List.of("Demo Labs"),
        List.of(), List.of(), Preferences.DEFAULT);
  }

  /** Our YAML schedule format. */
  public static String yaml(Schedule schedule) {
    return new YamlScheduleWriter().write(schedule);
  }

  /** A feed shaped like Sched's {@code all.ics}: UTC times, room and place in LOCATION, speakers in SUMMARY. */
  public static String schedIcs(Schedule schedule) {
    DateTimeFormatter utc = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT);
    StringBuilder ics = new StringBuilder(512 * schedule.sessions().size());
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Sched.com " + schedule.conference() + "//EN");
    line(ics, "X-WR-CALNAME:" + schedule.conference());
    line(ics, "X-WR-TIMEZONE:UTC");
    for (Session session : schedule.sessions()) {
      line(ics, "BEGIN:VEVENT");
      line(ics, "DTSTAMP:20310101T000000Z");
      line(ics, "DTSTART:" + utc.format(session.start().withZoneSameInstant(ZoneOffset.UTC)));
      line(ics, "DTEND:" + utc.format(session.end().withZoneSameInstant(ZoneOffset.UTC)));
      StringBuilder summary = new StringBuilder(session.title());
      if (!session.speakers().isEmpty()) {
        summary.append(" - ").append(String.join(" & ", session.speakers().stream().map(Speaker::toString).toList()));
      }
      line(ics, "SUMMARY:" + escape(summary.toString()));
      line(ics, "DESCRIPTION:" + escape(session.abstractText()));
      line(ics, "CATEGORIES:" + escape(session.track().toUpperCase(Locale.ROOT)));
      line(ics, "LOCATION:" + escape(schedule.roomOf(session).name() + ", Sample City, Sample Country"));
      line(ics, "SEQUENCE:0");
      line(ics, "UID:" + session.id().value() + "@synthetic.example.org");
      line(ics, "URL:" + session.url());
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }

  /** One content line, folded at 75 octets as RFC 5545 asks (the generated text is ASCII). */
  private static void line(StringBuilder ics, String content) {
    int at = 0;
    for (int room = 75; content.length() - at > room; room = 74) {
      ics.append(content, at, at + room).append("\r\n ");
      at += room;
    }
    ics.append(content, at, content.length()).append("\r\n");
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 4 || !(args[2].equals("yaml") || args[2].equals("ics"))) {
      System.err.println("usage: SyntheticSchedule SESSIONS SEED yaml|ics OUT");
      System.exit(2);
    }
    Schedule schedule = ofSize(Integer.parseInt(args[0]), Long.parseLong(args[1]));
    String text = args[2].equals("yaml") ? yaml(schedule) : schedIcs(schedule);
    Files.writeString(Path.of(args[3]), text, StandardCharsets.UTF_8);
  }
}
