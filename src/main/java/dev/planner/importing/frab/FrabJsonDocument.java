package dev.planner.importing.frab;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.FeedScheduleBuilder;
import dev.planner.importing.Fields;
import dev.planner.importing.Node;
import dev.planner.importing.NodeParser;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.Source;
import dev.planner.importing.TimeParsing;

import dev.planner.model.CapacitySource;
import dev.planner.model.Speaker;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The JSON schedules of the frab family: frab and pretalx's {@code schedule.json} (events under
 * {@code conference.days[].rooms}) and c3voc's schedule2 (a flat {@code schedule.events} list and
 * room capacities). One reading serves both, because schedule2 grew out of frab JSON and feeds mix
 * the two shapes.
 */
final class FrabJsonDocument {
  /** Participants in these roles do not speak (a contributor prepared the talk but is not on stage). */
  private static final Set<String> SILENT_ROLES = Set.of("CONTRIBUTOR");

  private final Diagnostics diagnostics;
  private final FeedScheduleBuilder schedule;
  private final Map<String, String> trackNames = new HashMap<>();
  private final Map<String, String> roomNamesByGuid = new HashMap<>();
  private ZoneId zone;

  private FrabJsonDocument(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.schedule = new FeedScheduleBuilder(diagnostics);
  }

  static ReadResult read(Source source, ReadOptions options) {
    Diagnostics diagnostics = new Diagnostics(source.name());
    Node root = NodeParser.parseJson(source.text(), source.name());
    Fields top = Fields.of(root, diagnostics, "the file").orElseThrow(diagnostics::failure);
    Fields scheduleFields = top.node("schedule").flatMap(node -> Fields.of(node, diagnostics, "'schedule'"))
        .orElseThrow(() -> {
          top.missing("schedule");
          return diagnostics.failure();
        });
    Fields conference = scheduleFields.node("conference").flatMap(node -> Fields.of(node, diagnostics, "'conference'"))
        .orElseThrow(() -> {
          scheduleFields.missing("conference");
          return diagnostics.failure();
        });
    FrabJsonDocument document = new FrabJsonDocument(diagnostics);
    document.zone = zone(options, conference, diagnostics);
    document.readTracks(conference);
    document.readRooms(conference);
    LocalTime dayChange = conference.parsed("day_change", "a time such as 04:00", FrabTimes::clock)
        .orElse(FrabTimes.DEFAULT_DAY_CHANGE);
    for (Node event : scheduleFields.list("events")) {
      document.readEvent(event, Optional.empty(), "", dayChange);
    }
    for (Node day : conference.list("days")) {
      Fields.of(day, diagnostics, "a day").ifPresent(fields -> document.readDay(fields, dayChange));
    }
    String title = conference.text("title").or(() -> conference.text("acronym")).orElse("");
    return document.schedule.build(title, document.zone, options, OptionalInt.empty());
  }

  private static ZoneId zone(ReadOptions options, Fields conference, Diagnostics diagnostics) {
    if (options.timezone().isPresent()) {
      return options.timezone().get();
    }
    if (!conference.has("time_zone_name")) {
      conference.errorAt("time_zone_name",
          "the schedule names no time zone (time_zone_name): pass --timezone, such as --timezone Europe/Berlin");
      throw diagnostics.failure();
    }
    return conference.parsed("time_zone_name", "an IANA time zone such as Europe/Berlin", TimeParsing::zone)
        .orElseThrow(diagnostics::failure);
  }

  private void readTracks(Fields conference) {
    for (Node track : conference.list("tracks")) {
      if (track instanceof Node.Mapping mapping) {
        Fields fields = new Fields(mapping, diagnostics, "a track");
        fields.text("name").ifPresent(name -> fields.text("slug").ifPresent(slug -> trackNames.put(slug, name)));
      }
    }
  }

  /** The conference's room list: its order is the venue's, and a capacity there is the organisers' own count. */
  private void readRooms(Fields conference) {
    for (Node room : conference.list("rooms")) {
      Fields.of(room, diagnostics, "a room").ifPresent(fields -> {
        Optional<String> name = fields.requiredText("name");
        if (name.isEmpty()) {
          return;
        }
        fields.text("guid").ifPresent(guid -> roomNamesByGuid.putIfAbsent(guid, name.get()));
        Optional<Integer> capacity = fields.parsed("capacity", "a number of seats",
            text -> (int) Math.round(Double.parseDouble(text))).filter(seats -> seats > 0);
        if (capacity.isPresent()) {
          schedule.rooms().add(name.get(), capacity.get(), CapacitySource.OFFICIAL);
        } else {
          schedule.rooms().idFor(name.get());
        }
      });
    }
  }

  private void readDay(Fields day, LocalTime conferenceDayChange) {
    Optional<LocalDate> date = day.parsed("date", "a date such as 2024-12-27", LocalDate::parse);
    LocalTime dayChange = day.parsed("day_start", "a date-time", text -> TimeParsing.parse(text, zone).toLocalTime())
        .orElse(conferenceDayChange);
    Optional<Node> rooms = day.node("rooms");
    if (rooms.isEmpty() || !(rooms.get() instanceof Node.Mapping mapping)) {
      return;
    }
    for (Node.Field room : mapping.fields().values()) {
      if (!(room.value() instanceof Node.Sequence events)) {
        diagnostics.error(room.line(), room.column(), "events of room '" + room.key() + "' must be a list");
        continue;
      }
      for (Node event : events.items()) {
        readEvent(event, date, room.key(), dayChange);
      }
    }
  }

  private void readEvent(Node node, Optional<LocalDate> day, String roomKey, LocalTime dayChange) {
    Fields.of(node, diagnostics, "an event").ifPresent(event ->
        FrabEvent.toSession(new JsonEvent(event), day, roomKey, dayChange, zone, schedule)
            .ifPresent(session -> schedule.add(session, event.line())));
  }

  /** An event object as the shared event mapping reads it, with schedule2's references resolved. */
  private final class JsonEvent implements FrabEvent {
    private final Fields event;

    JsonEvent(Fields event) {
      this.event = event;
    }

    @Override
    public Optional<String> text(String key) {
      if (event.node(key).filter(Node.Scalar.class::isInstance).isEmpty()) {
        return Optional.empty();
      }
      return event.text(key).filter(text -> !text.isBlank());
    }

    @Override
    public <T> Optional<T> parsed(String key, String expected, java.util.function.Function<String, T> parser) {
      return event.parsed(key, expected, parser);
    }

    @Override
    public void missing(String key) {
      event.missing(key);
    }

    @Override
    public void errorAt(String key, String message) {
      event.errorAt(key, message);
    }

    @Override
    public void warningAt(String key, String message) {
      event.warningAt(key, message);
    }

    @Override
    public int line() {
      return event.line();
    }

    @Override
    public String room() {
      return roomName(event);
    }

    @Override
    public String track() {
      return FrabJsonDocument.this.track(event);
    }

    @Override
    public List<Speaker> speakers() {
      return FrabJsonDocument.this.speakers(event);
    }

    @Override
    public String abstractText() {
      return localized(event, "abstract").filter(text -> !text.isBlank())
          .orElseGet(() -> localized(event, "description").orElse(""));
    }
  }

  private String roomName(Fields event) {
    Optional<Node> room = event.node("room");
    if (room.isPresent() && room.get() instanceof Node.Mapping mapping) {
      Fields fields = new Fields(mapping, diagnostics, "a room reference");
      return fields.text("name").or(() -> fields.text("guid").map(guid -> roomNamesByGuid.getOrDefault(guid, guid))).orElse("");
    }
    return event.textOr("room", "");
  }

  /** A track as text, or as a schedule2 reference {@code {slug}} resolved through the conference's tracks. */
  private String track(Fields event) {
    Optional<Node> track = event.node("track");
    if (track.isPresent() && track.get() instanceof Node.Mapping mapping) {
      Fields fields = new Fields(mapping, diagnostics, "a track reference");
      return fields.text("name").or(() -> fields.text("slug").map(slug -> trackNames.getOrDefault(slug, slug))).orElse("");
    }
    return event.textOr("track", "");
  }

  /** Text that schedule2 may give per language ({@code {"en": ..., "de": ...}}): English, else the first. */
  private Optional<String> localized(Fields event, String key) {
    Optional<Node> node = event.node(key);
    if (node.isPresent() && node.get() instanceof Node.Mapping mapping) {
      Optional<Node> english = mapping.get("en");
      Node chosen = english.orElseGet(() -> mapping.fields().values().stream().map(Node.Field::value).findFirst().orElse(null));
      return chosen instanceof Node.Scalar scalar ? Optional.of(scalar.text()) : Optional.empty();
    }
    return event.text(key);
  }

  /** frab's {@code persons} ({@code public_name} or {@code name}) or schedule2's {@code participants}. */
  private List<Speaker> speakers(Fields event) {
    List<Speaker> speakers = new ArrayList<>();
    List<Node> people = new ArrayList<>(event.list("persons"));
    people.addAll(event.list("participants"));
    for (Node person : people) {
      if (person instanceof Node.Scalar scalar && !scalar.text().isBlank()) {
        speakers.add(Speaker.named(scalar.text().strip()));
      } else if (person instanceof Node.Mapping mapping) {
        Fields fields = new Fields(mapping, diagnostics, "a person");
        boolean silent = fields.text("role").map(role -> SILENT_ROLES.contains(role.toUpperCase(Locale.ROOT))).orElse(false);
        Optional<String> name = fields.text("public_name").or(() -> fields.text("full_public_name"))
            .or(() -> fields.text("name")).filter(text -> !text.isBlank());
        if (!silent && name.isPresent()) {
          speakers.add(Speaker.named(name.get().strip()));
        }
      }
    }
    return speakers;
  }

  static boolean looksLikeJsonSchedule(String head) {
    return head.stripLeading().startsWith("{") && head.contains("\"schedule\"") && head.contains("\"conference\"");
  }
}
