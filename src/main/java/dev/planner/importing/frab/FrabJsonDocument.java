package dev.planner.importing.frab;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.FeedScheduleBuilder;
import dev.planner.importing.Fields;
import dev.planner.importing.HtmlText;
import dev.planner.importing.Node;
import dev.planner.importing.NodeParser;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.SessionTypeRecogniser;
import dev.planner.importing.Source;
import dev.planner.importing.TimeParsing;

import dev.planner.model.CapacitySource;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.Speaker;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
  /** Events in these states never happen; they are left out with a warning. */
  private static final Set<String> GONE_STATES = Set.of("CANCELED", "CANCELLED", "WITHDRAWN", "DELETED", "REJECTED");
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
    Optional<Fields> parsed = Fields.of(node, diagnostics, "an event");
    if (parsed.isEmpty()) {
      return;
    }
    Fields event = parsed.get();
    Optional<String> id = event.text("id").or(() -> event.text("guid")).or(() -> event.text("code"))
        .filter(text -> !text.isBlank());
    if (id.isEmpty()) {
      event.missing("id");
    }
    Optional<String> title = event.requiredText("title");
    Optional<String> state = event.text("state").map(text -> text.toUpperCase(Locale.ROOT));
    if (state.filter(GONE_STATES::contains).isPresent()) {
      event.warningAt("state", "event '" + id.orElse("?") + "' is " + state.get().toLowerCase(Locale.ROOT) + "; left out");
      return;
    }
    Optional<ZonedDateTime> start = start(event, day, dayChange);
    Optional<ZonedDateTime> end = start.flatMap(begin -> end(event, begin));
    if (id.isEmpty() || title.isEmpty() || start.isEmpty() || end.isEmpty()) {
      return;
    }
    if (!end.get().isAfter(start.get())) {
      event.warningAt("duration", "event '" + id.get() + "' lasts no time; left out");
      return;
    }
    String type = event.textOr("type", "");
    String track = track(event);
    List<Speaker> speakers = speakers(event);
    schedule.add(Session.builder(new SessionId(id.get()))
        .title(title.get().strip())
        .start(start.get())
        .end(end.get())
        .room(schedule.rooms().idFor(roomKey.isBlank() ? roomName(event) : roomKey))
        .track(track)
        .type(SessionTypeRecogniser.classify(List.of(type, track), title.get(), !speakers.isEmpty()))
        .speakers(speakers)
        .abstractText(HtmlText.toPlain(localized(event, "abstract").filter(text -> !text.isBlank()).orElseGet(() -> localized(event, "description").orElse(""))))
        .url(event.textOr("url", ""))
        .build(), event.line());
  }

  /** {@code date} or {@code start} with date and offset where the feed gives them, else the day and the clock time. */
  private Optional<ZonedDateTime> start(Fields event, Optional<LocalDate> day, LocalTime dayChange) {
    Optional<String> full = event.text("date").filter(text -> text.contains("T"))
        .or(() -> event.text("start").filter(text -> text.contains("T")));
    if (full.isPresent()) {
      String key = event.text("date").filter(text -> text.contains("T")).isPresent() ? "date" : "start";
      return event.parsed(key, "a date-time such as 2024-12-27T10:30:00+01:00", text -> TimeParsing.parse(text, zone));
    }
    if (!event.has("start")) {
      event.missing("start");
      return Optional.empty();
    }
    Optional<LocalDate> date = day.or(() -> event.parsed("date", "a date such as 2024-12-27", LocalDate::parse));
    if (date.isEmpty()) {
      event.errorAt("start", "event starts at a clock time but no day gives its date");
      return Optional.empty();
    }
    return event.parsed("start", "a time such as 09:30", FrabTimes::clock)
        .map(clock -> FrabTimes.startOnDay(date.get(), clock, dayChange, zone));
  }

  private Optional<ZonedDateTime> end(Fields event, ZonedDateTime start) {
    if (event.has("end")) {
      return event.parsed("end", "a date-time such as 2024-12-27T11:00:00+01:00", text -> TimeParsing.parse(text, zone));
    }
    if (!event.has("duration")) {
      event.missing("duration");
      return Optional.empty();
    }
    Optional<Duration> duration = event.parsed("duration", "a duration such as 00:45", FrabTimes::duration);
    return duration.map(start::plus);
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
