package dev.planner.importing.yaml;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.FeedScheduleBuilder;
import dev.planner.importing.Fields;
import dev.planner.importing.Format;
import dev.planner.importing.Node;
import dev.planner.importing.NodeParser;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.ScheduleReader;
import dev.planner.importing.Source;
import dev.planner.importing.TimeParsing;
import dev.planner.inference.FeedClues;
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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/** Reads the planner's own YAML schedule format, documented in {@code docs/schedule-format.md}. */
public final class YamlScheduleReader implements ScheduleReader {
  // The keys of each mapping, package-visible so that a test holds schedule/schema.json to them.
  static final Set<String> TOP_KEYS = Set.of("conference", "timezone", "attendees", "venue", "sessions");
  static final Set<String> VENUE_KEYS = Set.of("name", "rooms", "walking");
  static final Set<String> ROOM_KEYS = Set.of("id", "name", "capacity", "capacitySource", "level", "building");
  static final Set<String> WALKING_KEYS = Set.of("sameLevel", "otherLevel", "otherBuilding", "between");
  static final Set<String> WALKING_PAIR_KEYS = Set.of("from", "to", "minutes");
  static final Set<String> SESSION_KEYS = Set.of(
      "id", "title", "start", "end", "room", "track", "type", "speakers", "tags", "abstract", "url", "signals");
  static final Set<String> SPEAKER_KEYS = Set.of("name", "organisation");
  static final Set<String> SIGNAL_KEYS = Set.of("favourites", "signups");

  @Override
  public Format format() {
    return Format.YAML;
  }

  @Override
  public boolean recognises(String head) {
    return head.lines().anyMatch(line -> line.startsWith("conference:") || line.startsWith("sessions:"));
  }

  @Override
  public ReadResult read(Source source, ReadOptions options) {
    Diagnostics diagnostics = new Diagnostics(source.name());
    Node root = NodeParser.parseYaml(source.text(), source.name());
    Fields top = Fields.of(root, diagnostics, "the schedule").orElseThrow(diagnostics::failure);
    top.rejectUnknown(TOP_KEYS, false);
    String conference = top.requiredText("conference").orElse("?");
    ZoneId zone = options.timezone().or(() -> readZone(top)).orElse(ZoneId.of("UTC"));
    // Without 'attendees' the figure is left to inference, which says what it assumed.
    int attendees = options.attendees().orElseGet(() -> top.integer("attendees", 1, 10_000_000)
        .orElse(FeedScheduleBuilder.DEFAULT_ATTENDEES));
    boolean attendanceGiven = top.has("attendees") || options.attendees().isPresent();
    Venue venue = readVenue(top, diagnostics);
    Map<RoomId, Room> rooms = new HashMap<>();
    venue.rooms().forEach(room -> rooms.put(room.id(), room));
    List<Session> sessions = readSessions(top, zone, rooms, diagnostics);
    diagnostics.throwIfErrors();
    warnAboutDoubleBookedRooms(sessions, diagnostics, top);
    Schedule schedule = new Schedule(conference, zone, attendees, venue, sessions);
    FeedClues clues = new FeedClues(Optional.of(zone), false,
        attendanceGiven ? OptionalInt.of(attendees) : OptionalInt.empty(), List.of(conference, source.name()), List.of());
    return new ReadResult(schedule, diagnostics.warnings(), clues);
  }

  private static Optional<ZoneId> readZone(Fields top) {
    if (!top.has("timezone")) {
      top.missing("timezone");
      return Optional.empty();
    }
    return top.parsed("timezone", "an IANA time zone such as Europe/Paris", TimeParsing::zone);
  }

  private static Venue readVenue(Fields top, Diagnostics diagnostics) {
    Optional<Fields> venue = top.node("venue").flatMap(node -> Fields.of(node, diagnostics, "the venue"));
    if (venue.isEmpty()) {
      if (!top.has("venue")) {
        top.missing("venue");
      }
      return new Venue("", List.of(), WalkingTimes.DEFAULT);
    }
    Fields fields = venue.get();
    fields.rejectUnknown(VENUE_KEYS, false);
    Map<RoomId, Room> rooms = new LinkedHashMap<>();
    for (Node item : fields.list("rooms")) {
      Fields.of(item, diagnostics, "a room").flatMap(room -> readRoom(room)).ifPresent(room -> {
        if (rooms.putIfAbsent(room.id(), room) != null) {
          diagnostics.error(item.line(), item.column(), "duplicate room id '" + room.id() + "'");
        }
      });
    }
    if (rooms.isEmpty() && !diagnostics.hasErrors()) {
      fields.errorAt("rooms", "the venue has no rooms");
    }
    WalkingTimes walking = fields.node("walking")
        .flatMap(node -> Fields.of(node, diagnostics, "walking"))
        .map(walk -> readWalking(walk, rooms, diagnostics))
        .orElse(WalkingTimes.DEFAULT);
    return new Venue(fields.textOr("name", ""), List.copyOf(rooms.values()), walking);
  }

  private static Optional<Room> readRoom(Fields room) {
    room.rejectUnknown(ROOM_KEYS, false);
    Optional<String> id = room.requiredText("id");
    Optional<String> name = room.text("name").filter(text -> !text.isBlank());
    Optional<Integer> capacity = room.integer("capacity", 1, 1_000_000);
    Optional<CapacitySource> source =
        room.parsed("capacitySource", "official, estimate or default", CapacitySource::fromLabel);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    CapacitySource capacitySource = source.orElse(capacity.isPresent() ? CapacitySource.ESTIMATE : CapacitySource.DEFAULT);
    if (!room.has("capacity") && capacitySource != CapacitySource.DEFAULT) {
      // A seat count the file does not give cannot be official or estimated: say it is the default.
      room.warningAt("capacitySource", "room '" + id.get() + "' is marked " + capacitySource.label()
          + " but has no capacity; using the default of " + Room.DEFAULT_CAPACITY + " seats");
      capacitySource = CapacitySource.DEFAULT;
    }
    return Optional.of(new Room(new RoomId(id.get()), name.orElse(id.get()), capacity.orElse(Room.DEFAULT_CAPACITY), capacitySource,
        room.textOr("level", ""), room.textOr("building", "")));
  }

  private static WalkingTimes readWalking(Fields walk, Map<RoomId, Room> rooms, Diagnostics diagnostics) {
    walk.rejectUnknown(WALKING_KEYS, false);
    WalkingTimes defaults = WalkingTimes.DEFAULT;
    Map<WalkingTimes.RoomPair, Integer> between = new HashMap<>();
    for (Node item : walk.list("between")) {
      Fields.of(item, diagnostics, "a walking time").ifPresent(pair -> {
        pair.rejectUnknown(WALKING_PAIR_KEYS, false);
        Optional<RoomId> from = knownRoom(pair, "from", rooms);
        Optional<RoomId> to = knownRoom(pair, "to", rooms);
        Optional<Integer> minutes = pair.integer("minutes", 0, 240);
        if (from.isPresent() && to.isPresent() && minutes.isPresent()) {
          between.put(WalkingTimes.RoomPair.of(from.get(), to.get()), minutes.get());
        }
      });
    }
    return new WalkingTimes(
        walk.integer("sameLevel", 0, 240).orElse(defaults.sameLevel()),
        walk.integer("otherLevel", 0, 240).orElse(defaults.otherLevel()),
        walk.integer("otherBuilding", 0, 240).orElse(defaults.otherBuilding()),
        between);
  }

  /** A room named by a walking time, reported at its own key when the venue has no such room. */
  private static Optional<RoomId> knownRoom(Fields pair, String key, Map<RoomId, Room> rooms) {
    Optional<RoomId> room = pair.requiredText(key).map(RoomId::new);
    room.filter(id -> !rooms.containsKey(id))
        .ifPresent(id -> pair.errorAt(key, "walking time names unknown room '" + id + "'"));
    return room;
  }

  private static List<Session> readSessions(Fields top, ZoneId zone, Map<RoomId, Room> rooms, Diagnostics diagnostics) {
    List<Session> sessions = new ArrayList<>();
    Map<SessionId, Integer> seenAt = new HashMap<>();
    if (!top.has("sessions")) {
      top.missing("sessions");
    }
    List<Node> items = top.list("sessions");
    if (items.size() > MAX_SESSIONS) {
      top.errorAt("sessions", items.size() + " sessions, more than the " + MAX_SESSIONS + " the planner reads");
      return List.of();
    }
    for (Node item : items) {
      Fields.of(item, diagnostics, "a session").flatMap(fields -> readSession(fields, zone, rooms, diagnostics))
          .ifPresent(session -> {
            Integer earlier = seenAt.putIfAbsent(session.id(), item.line());
            if (earlier != null) {
              diagnostics.error(item.line(), item.column(),
                  "duplicate session id '" + session.id() + "' (first at line " + earlier + ")");
            } else {
              sessions.add(session);
            }
          });
    }
    return sessions;
  }

  private static Optional<Session> readSession(Fields fields, ZoneId zone, Map<RoomId, Room> rooms, Diagnostics diagnostics) {
    fields.rejectUnknown(SESSION_KEYS, false);
    Optional<String> id = fields.requiredText("id");
    String what = "session '" + id.orElse("?") + "'";
    Optional<String> title = fields.requiredText("title");
    Optional<ZonedDateTime> start = requiredTime(fields, "start", zone);
    Optional<ZonedDateTime> end = requiredTime(fields, "end", zone);
    Optional<RoomId> room = fields.requiredText("room").map(RoomId::new);
    room.filter(value -> !rooms.containsKey(value))
        .ifPresent(value -> fields.errorAt("room", what + " is in unknown room '" + value + "'"));
    if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
      fields.errorAt("end", what + " ends at " + end.get().toLocalDateTime() + ", not after its start " + start.get().toLocalDateTime());
      return Optional.empty();
    }
    SessionType type = fields.parsed("type", "a session type (" + typeLabels() + ")", SessionType::fromLabel)
        .orElse(SessionType.TALK);
    List<Speaker> speakers = readSpeakers(fields, diagnostics);
    Signals signals = fields.node("signals").flatMap(node -> Fields.of(node, diagnostics, "signals"))
        .map(YamlScheduleReader::readSignals).orElse(Signals.NONE);
    if (id.isEmpty() || title.isEmpty() || start.isEmpty() || end.isEmpty() || room.isEmpty() || !rooms.containsKey(room.get())) {
      return Optional.empty();
    }
    return Optional.of(Session.builder(new SessionId(id.get()))
        .title(title.get().strip())
        .start(start.get())
        .end(end.get())
        .room(room.get())
        .track(fields.textOr("track", ""))
        .type(type)
        .speakers(speakers)
        .tags(fields.texts("tags"))
        .abstractText(fields.textOr("abstract", ""))
        .url(fields.textOr("url", ""))
        .signals(signals)
        .build());
  }

  private static Optional<ZonedDateTime> requiredTime(Fields fields, String key, ZoneId zone) {
    if (!fields.has(key)) {
      fields.missing(key);
      return Optional.empty();
    }
    return fields.parsed(key, "a date-time such as 2024-03-20T11:00", text -> TimeParsing.parse(text, zone));
  }

  private static List<Speaker> readSpeakers(Fields fields, Diagnostics diagnostics) {
    List<Speaker> speakers = new ArrayList<>();
    for (Node item : fields.list("speakers")) {
      if (item instanceof Node.Scalar scalar && !scalar.text().isBlank()) {
        speakers.add(Speaker.named(scalar.text().strip()));
        continue;
      }
      Fields.of(item, diagnostics, "a speaker").ifPresent(speaker -> {
        speaker.rejectUnknown(SPEAKER_KEYS, false);
        speaker.requiredText("name").ifPresent(name -> speakers.add(new Speaker(name.strip(), speaker.textOr("organisation", "").strip())));
      });
    }
    return speakers;
  }

  private static Signals readSignals(Fields signals) {
    signals.rejectUnknown(SIGNAL_KEYS, false);
    OptionalInt favourites = signals.integer("favourites", 0, Integer.MAX_VALUE).map(OptionalInt::of).orElse(OptionalInt.empty());
    OptionalInt signups = signals.integer("signups", 0, Integer.MAX_VALUE).map(OptionalInt::of).orElse(OptionalInt.empty());
    return new Signals(favourites, signups);
  }

  private static String typeLabels() {
    StringBuilder labels = new StringBuilder();
    for (SessionType type : SessionType.values()) {
      labels.append(labels.length() == 0 ? "" : ", ").append(type.label());
    }
    return labels.toString();
  }

  /** Two sessions in one room at once is legal (a feed may double-book) but worth a warning. */
  private static void warnAboutDoubleBookedRooms(List<Session> sessions, Diagnostics diagnostics, Fields top) {
    Map<RoomId, List<Session>> byRoom = new TreeMap<>();
    sessions.forEach(session -> byRoom.computeIfAbsent(session.room(), room -> new ArrayList<>()).add(session));
    Map<SessionId, Integer> lines = sessionLines(top);
    byRoom.values().forEach(list -> {
      list.sort(Schedule.ORDER);
      // Compare with the session that runs longest so far, not only the one before: a long tutorial
      // can overlap a session that starts after a short one has ended.
      Session longest = list.get(0);
      for (Session current : list.subList(1, list.size())) {
        if (current.start().isBefore(longest.end())) {
          diagnostics.warning(lines.getOrDefault(current.id(), 0), 0,
              "session '" + current.id() + "' overlaps '" + longest.id() + "' in room '" + current.room() + "'");
        }
        if (current.end().isAfter(longest.end())) {
          longest = current;
        }
      }
    });
  }

  private static Map<SessionId, Integer> sessionLines(Fields top) {
    Map<SessionId, Integer> lines = new HashMap<>();
    top.node("sessions").filter(Node.Sequence.class::isInstance).map(Node.Sequence.class::cast).ifPresent(list -> {
      for (Node item : list.items()) {
        if (item instanceof Node.Mapping mapping) {
          mapping.get("id").filter(Node.Scalar.class::isInstance).map(Node.Scalar.class::cast)
              .filter(id -> !id.text().isBlank())
              .ifPresent(id -> lines.putIfAbsent(new SessionId(id.text()), item.line()));
        }
      }
    });
    return lines;
  }
}
