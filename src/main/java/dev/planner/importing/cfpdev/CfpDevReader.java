package dev.planner.importing.cfpdev;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.FeedScheduleBuilder;
import dev.planner.importing.Fields;
import dev.planner.importing.Format;
import dev.planner.importing.HtmlText;
import dev.planner.importing.Node;
import dev.planner.importing.NodeParser;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.RoomRegistry;
import dev.planner.importing.ScheduleReader;
import dev.planner.importing.SessionTypeRecogniser;
import dev.planner.importing.Source;
import dev.planner.importing.TimeParsing;
import dev.planner.model.CapacitySource;
import dev.planner.model.RoomId;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import dev.planner.model.Signals;
import dev.planner.model.Speaker;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Reads the CFP.DEV public schedule API (Devoxx and VoxxedDays events): a day's response, a JSON
 * array of slots, or several days as an array of such arrays or an object of them by day name.
 * Rooms carry official seat counts, {@code totalFavourites} becomes the favourites signal, pauses are
 * breaks, and a slot marked {@code overflow} (the same talk relayed to another room) is not a session
 * of its own: its room is named in a tag of the main session. Times are UTC instants; the slots'
 * {@code timezone} is the zone to show them in, unless {@code --timezone} says otherwise.
 */
public final class CfpDevReader implements ScheduleReader {
  /** The tag that names a room a talk is relayed to, followed by the room's name. */
  public static final String OVERFLOW_TAG = "overflow room: ";

  /** CFP.DEV's own session type names, which the generic recogniser does not know or reads wrongly. */
  private static final Map<String, SessionType> KNOWN_TYPES = Map.ofEntries(
      Map.entry("conference", SessionType.TALK),
      Map.entry("tools-in-action", SessionType.TALK),
      Map.entry("tools in action", SessionType.TALK),
      Map.entry("lunch talk", SessionType.TALK),
      Map.entry("lunch talks", SessionType.TALK),
      Map.entry("deep dive", SessionType.TUTORIAL),
      Map.entry("university", SessionType.TUTORIAL),
      Map.entry("hands-on lab", SessionType.WORKSHOP),
      Map.entry("hands-on labs", SessionType.WORKSHOP),
      Map.entry("bof", SessionType.PANEL),
      Map.entry("quickie", SessionType.LIGHTNING),
      Map.entry("quickies", SessionType.LIGHTNING),
      Map.entry("ignite", SessionType.LIGHTNING));

  @Override
  public Format format() {
    return Format.CFPDEV;
  }

  @Override
  public boolean recognises(String head) {
    String start = head.stripLeading();
    return (start.startsWith("[") || start.startsWith("{"))
        && head.contains("\"fromDate\"") && head.contains("\"toDate\"")
        && (head.contains("\"totalFavourites\"") || head.contains("\"proposal\"") || head.contains("\"sessionType\""));
  }

  @Override
  public ReadResult read(Source source, ReadOptions options) {
    Diagnostics diagnostics = new Diagnostics(source.name());
    Node root = NodeParser.parseJson(source.text(), source.name());
    List<Fields> slots = new ArrayList<>();
    collectSlots(root, diagnostics, slots, 0);
    diagnostics.throwIfErrors();
    FeedScheduleBuilder schedule = new FeedScheduleBuilder(diagnostics);
    Optional<ZoneId> named = options.timezone().or(() -> slotZone(slots));
    if (named.isEmpty()) {
      // UTC instants: inference may show them in the venue's zone, keeping the instants.
      schedule.zoneNotDeclared(false);
    }
    ZoneId zone = named.orElse(ZoneOffset.UTC);
    Map<String, Fields> mainByProposal = new LinkedHashMap<>();
    List<Fields> overflows = new ArrayList<>();
    for (Fields slot : slots) {
      Optional<String> proposal = proposalId(slot);
      boolean overflow = slot.text("overflow").map(Boolean::parseBoolean).orElse(false);
      if (overflow && proposal.isPresent()) {
        overflows.add(slot);
      } else {
        proposal.ifPresent(id -> mainByProposal.putIfAbsent(id, slot));
      }
    }
    Map<Fields, List<String>> relayRooms = new LinkedHashMap<>();
    for (Fields overflow : overflows) {
      String proposal = proposalId(overflow).orElseThrow();
      Fields main = mainByProposal.get(proposal);
      String room = roomName(overflow);
      if (main == null) {
        overflow.warningAt("overflow", "overflow slot of talk " + proposal + " has no main slot; read as the talk itself");
        mainByProposal.put(proposal, overflow);
      } else if (!room.isBlank()) {
        relayRooms.computeIfAbsent(main, key -> new ArrayList<>()).add(room);
      }
    }
    String conference = "";
    for (Fields slot : slots) {
      boolean overflow = slot.text("overflow").map(Boolean::parseBoolean).orElse(false);
      if (overflow && proposalId(slot).map(id -> mainByProposal.get(id) != slot).orElse(false)) {
        continue;
      }
      if (conference.isEmpty()) {
        conference = slot.textOr("eventName", "");
        schedule.identify(conference);
      }
      readSlot(slot, zone, relayRooms.getOrDefault(slot, List.of()), schedule, diagnostics);
    }
    return schedule.build(conference, zone, options, OptionalInt.empty());
  }

  /** The slots of a day (a list of slots), of several days (a list of lists) or of days by name (an object). */
  private static void collectSlots(Node node, Diagnostics diagnostics, List<Fields> into, int depth) {
    if (node instanceof Node.Sequence days && depth < 2) {
      for (Node item : days.items()) {
        if (item instanceof Node.Mapping slot) {
          into.add(new Fields(slot, diagnostics, "a slot"));
        } else if (item instanceof Node.Sequence) {
          collectSlots(item, diagnostics, into, depth + 1);
        } else {
          diagnostics.error(item.line(), item.column(), "a slot must be a mapping, found " + item.kind());
        }
      }
    } else if (node instanceof Node.Mapping byDay && depth == 0) {
      for (Node.Field day : byDay.fields().values()) {
        if (day.value() instanceof Node.Sequence) {
          collectSlots(day.value(), diagnostics, into, depth + 1);
        } else {
          diagnostics.error(day.line(), day.column(), "day '" + day.key() + "' must be a list of slots, found "
              + day.value().kind());
        }
      }
    } else {
      diagnostics.error(node.line(), node.column(), "a CFP.DEV schedule must be a list of slots, found " + node.kind());
    }
  }

  /** The zone the first slot that names one names. */
  private static Optional<ZoneId> slotZone(List<Fields> slots) {
    for (Fields slot : slots) {
      Optional<ZoneId> zone = slot.parsed("timezone", "an IANA zone id such as Europe/Brussels", TimeParsing::zone);
      if (zone.isPresent()) {
        return zone;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> proposalId(Fields slot) {
    return slot.node("proposal").filter(Node.Mapping.class::isInstance)
        .flatMap(node -> ((Node.Mapping) node).get("id"))
        .filter(Node.Scalar.class::isInstance)
        .map(id -> ((Node.Scalar) id).text().strip())
        .filter(id -> !id.isEmpty());
  }

  private static String roomName(Fields slot) {
    return slot.node("room").filter(Node.Mapping.class::isInstance)
        .flatMap(node -> ((Node.Mapping) node).get("name"))
        .filter(Node.Scalar.class::isInstance)
        .map(name -> ((Node.Scalar) name).text().strip())
        .orElse("");
  }

  private static void readSlot(Fields slot, ZoneId zone, List<String> relayRooms, FeedScheduleBuilder schedule,
      Diagnostics diagnostics) {
    Optional<String> id = slot.requiredText("id");
    Optional<ZonedDateTime> start = slot.requiredText("fromDate").flatMap(text -> slot.parsed("fromDate",
        "a UTC date-time such as 2022-10-10T07:30:00Z", value -> TimeParsing.parse(value, ZoneOffset.UTC).withZoneSameInstant(zone)));
    Optional<ZonedDateTime> end = slot.requiredText("toDate").flatMap(text -> slot.parsed("toDate",
        "a UTC date-time such as 2022-10-10T10:30:00Z", value -> TimeParsing.parse(value, ZoneOffset.UTC).withZoneSameInstant(zone)));
    Optional<Fields> sessionType = slot.node("sessionType").flatMap(node -> Fields.of(node, diagnostics, "'sessionType'"));
    Optional<Fields> proposal = slot.node("proposal").flatMap(node -> Fields.of(node, diagnostics, "'proposal'"));
    if (id.isEmpty() || start.isEmpty() || end.isEmpty()) {
      return;
    }
    if (!end.get().isAfter(start.get())) {
      slot.warningAt("toDate", "slot " + id.get() + " lasts no time; left out");
      return;
    }
    String typeName = sessionType.map(type -> type.textOr("name", "")).orElse("").strip();
    boolean pause = sessionType.flatMap(type -> type.text("isPause")).map(Boolean::parseBoolean).orElse(false);
    Session.Builder session = Session.builder(new SessionId(id.get()))
        .start(start.get())
        .end(end.get())
        .room(room(slot, schedule, diagnostics));
    if (proposal.isEmpty()) {
      String title = typeName.isEmpty() ? (pause ? "Break" : "Slot " + id.get()) : typeName;
      session.title(title).type(pause ? pauseType(title) : SessionTypeRecogniser.classify(List.of(title), title, false));
      schedule.add(session.build(), slot.line());
      return;
    }
    Fields talk = proposal.get();
    Optional<String> title = talk.requiredText("title");
    if (title.isEmpty()) {
      return;
    }
    List<Speaker> speakers = speakers(talk, diagnostics);
    List<String> tags = new ArrayList<>();
    for (Node tag : talk.list("tags")) {
      if (tag instanceof Node.Mapping mapping) {
        new Fields(mapping, diagnostics, "a tag").text("name").map(String::strip).filter(name -> !name.isEmpty())
            .ifPresent(tags::add);
      }
    }
    relayRooms.forEach(room -> tags.add(OVERFLOW_TAG + room));
    String description = talk.text("description").filter(text -> !text.isBlank()).orElse(talk.textOr("summary", ""));
    session.title(title.get().strip())
        .track(track(slot, talk))
        .type(pause ? pauseType(typeName) : talkType(typeName, title.get(), !speakers.isEmpty()))
        .speakers(speakers)
        .tags(tags)
        .abstractText(HtmlText.toPlain(description))
        .signals(favourites(slot));
    schedule.add(session.build(), slot.line());
  }

  private static RoomId room(Fields slot, FeedScheduleBuilder schedule, Diagnostics diagnostics) {
    Optional<Fields> room = slot.node("room").flatMap(node -> Fields.of(node, diagnostics, "'room'"));
    if (room.isEmpty()) {
      return schedule.rooms().idFor(RoomRegistry.NO_ROOM);
    }
    String name = room.get().textOr("name", "").strip();
    Optional<Integer> capacity = room.get().parsed("capacity", "a number of seats",
        text -> (int) Math.round(Double.parseDouble(text))).filter(seats -> seats > 0 && seats < 1_000_000);
    return capacity.isPresent()
        ? schedule.rooms().add(name, capacity.get(), CapacitySource.OFFICIAL)
        : schedule.rooms().idFor(name);
  }

  /** The slot's track, else the talk's. */
  private static String track(Fields slot, Fields talk) {
    for (Fields holder : List.of(slot, talk)) {
      Optional<String> name = holder.node("track").filter(Node.Mapping.class::isInstance)
          .flatMap(node -> ((Node.Mapping) node).get("name"))
          .filter(Node.Scalar.class::isInstance)
          .map(node -> ((Node.Scalar) node).text().strip())
          .filter(text -> !text.isEmpty());
      if (name.isPresent()) {
        return name.get();
      }
    }
    return "";
  }

  private static List<Speaker> speakers(Fields talk, Diagnostics diagnostics) {
    List<Speaker> speakers = new ArrayList<>();
    for (Node node : talk.list("speakers")) {
      if (node instanceof Node.Mapping mapping) {
        Fields speaker = new Fields(mapping, diagnostics, "a speaker");
        String joined = (speaker.textOr("firstName", "") + " " + speaker.textOr("lastName", "")).strip();
        String name = speaker.text("fullName").map(String::strip).filter(text -> !text.isEmpty()).orElse(joined);
        if (!name.isEmpty()) {
          speakers.add(Speaker.named(name));
        }
      }
    }
    return speakers;
  }

  private static Signals favourites(Fields slot) {
    Optional<Integer> count = slot.integer("totalFavourites", 0, Integer.MAX_VALUE);
    return count.map(value -> new Signals(OptionalInt.of(value), OptionalInt.empty())).orElse(Signals.NONE);
  }

  /**
   * The type of a CFP.DEV talk by its session type's name: "Deep Dive" a tutorial, "Hands-on Lab" a
   * workshop, "BOF" a panel, "Quickie" a lightning talk, "Conference", "Tools-in-Action" and "Lunch
   * Talk" talks; other names as the generic recogniser reads them.
   */
  public static SessionType talkType(String typeName, String title, boolean hasSpeakers) {
    SessionType known = KNOWN_TYPES.get(typeName.strip().toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    return SessionTypeRecogniser.classify(typeName.isBlank() ? List.of() : List.of(typeName), title, hasSpeakers);
  }

  /** A pause is a meal, registration or social when its name says so, else a break. */
  private static SessionType pauseType(String name) {
    SessionType named = SessionTypeRecogniser.classify(List.of(name), name, false);
    return named.isPlannable() ? SessionType.BREAK : named;
  }
}
