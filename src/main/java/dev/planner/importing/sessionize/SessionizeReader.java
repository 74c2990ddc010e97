package dev.planner.importing.sessionize;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.FeedScheduleBuilder;
import dev.planner.importing.Fields;
import dev.planner.importing.Format;
import dev.planner.importing.HtmlText;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.Node;
import dev.planner.importing.NodeParser;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.RoomRegistry;
import dev.planner.importing.ScheduleReader;
import dev.planner.importing.SessionTypeRecogniser;
import dev.planner.importing.Source;
import dev.planner.importing.TimeParsing;

import dev.planner.model.RoomId;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import dev.planner.model.Speaker;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads Sessionize's {@code view/All} JSON ({@code sessions}, {@code speakers}, {@code categories},
 * {@code rooms}). Its times carry no offset and the file names no zone, so {@code --timezone} is
 * required; a category titled like "Track" gives the track, the others give tags.
 */
public final class SessionizeReader implements ScheduleReader {
  @Override
  public Format format() {
    return Format.SESSIONIZE;
  }

  @Override
  public boolean recognises(String head) {
    return head.stripLeading().startsWith("{") && head.contains("\"sessions\"")
        && (head.contains("\"startsAt\"") || head.contains("\"isServiceSession\"") || head.contains("\"categoryItems\""));
  }

  @Override
  public ReadResult read(Source source, ReadOptions options) {
    Diagnostics diagnostics = new Diagnostics(source.name());
    Node root = NodeParser.parseJson(source.text(), source.name());
    Fields top = Fields.of(root, diagnostics, "the file").orElseThrow(diagnostics::failure);
    ZoneId zone = options.timezone().orElseThrow(() -> InvalidInputException.at(source.name(), 0, 0,
        "Sessionize times have no zone: pass --timezone with the conference's zone, such as --timezone Europe/London"));
    FeedScheduleBuilder schedule = new FeedScheduleBuilder(diagnostics);
    Map<String, RoomId> rooms = rooms(top, schedule, diagnostics);
    Map<String, String> speakers = speakers(top, diagnostics);
    Map<String, CategoryItem> categoryItems = categoryItems(top, diagnostics);
    if (!top.has("sessions")) {
      top.missing("sessions");
    }
    for (Node node : top.list("sessions")) {
      Fields.of(node, diagnostics, "a session").ifPresent(session ->
          readSession(session, zone, rooms, speakers, categoryItems, schedule, diagnostics));
    }
    return schedule.build("", zone, options, OptionalInt.empty());
  }

  /** The rooms in Sessionize's {@code sort} order, each under its Sessionize id. */
  private static Map<String, RoomId> rooms(Fields top, FeedScheduleBuilder schedule, Diagnostics diagnostics) {
    List<Fields> listed = new ArrayList<>();
    for (Node node : top.list("rooms")) {
      Fields.of(node, diagnostics, "a room").ifPresent(listed::add);
    }
    listed.sort(Comparator.comparingInt(room -> room.integer("sort", Integer.MIN_VALUE, Integer.MAX_VALUE).orElse(0)));
    Map<String, RoomId> byId = new HashMap<>();
    for (Fields room : listed) {
      Optional<String> id = room.requiredText("id");
      Optional<String> name = room.requiredText("name");
      if (id.isPresent() && name.isPresent()) {
        byId.put(id.get(), schedule.rooms().idFor(name.get()));
      }
    }
    return byId;
  }

  private static Map<String, String> speakers(Fields top, Diagnostics diagnostics) {
    Map<String, String> names = new HashMap<>();
    for (Node node : top.list("speakers")) {
      Fields.of(node, diagnostics, "a speaker").ifPresent(speaker -> {
        Optional<String> id = speaker.requiredText("id");
        String joined = (speaker.textOr("firstName", "") + " " + speaker.textOr("lastName", "")).strip();
        String name = speaker.text("fullName").filter(text -> !text.isBlank()).orElse(joined);
        if (id.isPresent() && !name.isBlank()) {
          names.put(id.get(), name.strip());
        }
      });
    }
    return names;
  }

  /** One answer to a category question, such as "Cloud" under "Tags" or "Data" under "Track". */
  private record CategoryItem(String name, boolean isTrack) {}

  private static Map<String, CategoryItem> categoryItems(Fields top, Diagnostics diagnostics) {
    Map<String, CategoryItem> items = new HashMap<>();
    for (Node node : top.list("categories")) {
      Fields.of(node, diagnostics, "a category").ifPresent(category -> {
        boolean isTrack = category.textOr("title", "").toLowerCase(Locale.ROOT).contains("track");
        for (Node itemNode : category.list("items")) {
          Fields.of(itemNode, diagnostics, "a category item").ifPresent(item -> {
            Optional<String> id = item.requiredText("id");
            Optional<String> name = item.requiredText("name");
            if (id.isPresent() && name.isPresent()) {
              items.put(id.get(), new CategoryItem(name.get().strip(), isTrack));
            }
          });
        }
      });
    }
    return items;
  }

  private static void readSession(Fields session, ZoneId zone, Map<String, RoomId> rooms, Map<String, String> speakerNames,
      Map<String, CategoryItem> categoryItems, FeedScheduleBuilder schedule, Diagnostics diagnostics) {
    Optional<String> id = session.requiredText("id");
    Optional<String> title = session.requiredText("title");
    if (!session.has("startsAt") || !session.has("endsAt")) {
      session.warningAt("startsAt", "session '" + id.orElse("?") + "' is not scheduled yet; left out");
      return;
    }
    Optional<ZonedDateTime> start = session.parsed("startsAt", "a date-time such as 2024-03-16T10:15:00", text -> TimeParsing.parse(text, zone));
    Optional<ZonedDateTime> end = session.parsed("endsAt", "a date-time such as 2024-03-16T11:00:00", text -> TimeParsing.parse(text, zone));
    if (id.isEmpty() || title.isEmpty() || start.isEmpty() || end.isEmpty()) {
      return;
    }
    if (!end.get().isAfter(start.get())) {
      session.warningAt("endsAt", "session '" + id.get() + "' lasts no time; left out");
      return;
    }
    List<Speaker> speakers = new ArrayList<>();
    for (String speakerId : session.texts("speakers")) {
      String name = speakerNames.get(speakerId);
      if (name == null) {
        session.warningAt("speakers", "session '" + id.get() + "' names speaker '" + speakerId + "', who is not in 'speakers'");
      } else {
        speakers.add(Speaker.named(name));
      }
    }
    String track = "";
    List<String> tags = new ArrayList<>();
    for (String itemId : session.texts("categoryItems")) {
      CategoryItem item = categoryItems.get(itemId);
      if (item != null && item.isTrack() && track.isEmpty()) {
        track = item.name();
      } else if (item != null) {
        tags.add(item.name());
      }
    }
    RoomId room = session.text("roomId").map(rooms::get)
        .orElseGet(() -> schedule.rooms().idFor(RoomRegistry.NO_ROOM));
    schedule.add(Session.builder(new SessionId(id.get()))
        .title(title.get().strip())
        .start(start.get())
        .end(end.get())
        .room(room)
        .track(track)
        .type(type(session, title.get(), tags, !speakers.isEmpty()))
        .speakers(speakers)
        .tags(tags)
        .abstractText(HtmlText.toPlain(session.textOr("description", "")))
        .build(), session.line());
  }

  /** Service sessions are breaks, meals or registration by their title, else other; the rest by category and title. */
  private static SessionType type(Fields session, String title, List<String> labels, boolean hasSpeakers) {
    boolean service = session.text("isServiceSession").map(Boolean::parseBoolean).orElse(false);
    if (!service) {
      return SessionTypeRecogniser.classify(labels, title, hasSpeakers);
    }
    SessionType byTitle = SessionTypeRecogniser.classify(List.of(), title, false);
    return byTitle == SessionType.TALK ? SessionType.OTHER : byTitle;
  }
}
