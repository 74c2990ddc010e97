package dev.planner.importing.frab;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.FeedScheduleBuilder;
import dev.planner.importing.Format;
import dev.planner.importing.HtmlText;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.ScheduleReader;
import dev.planner.importing.SessionTypeRecogniser;
import dev.planner.importing.Source;
import dev.planner.importing.TimeParsing;

import dev.planner.importing.frab.XmlTree.Element;
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
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads frab and Pentabarf schedule XML ({@code schedule/day/room/event}), as FOSDEM, CCC and pretalx
 * publish it. Older files give events only a clock time: the date comes from the day and the zone
 * from {@code --timezone} or the conference's {@code time_zone_name}.
 */
public final class FrabXmlReader implements ScheduleReader {
  @Override
  public Format format() {
    return Format.FRAB_XML;
  }

  @Override
  public boolean recognises(String head) {
    String start = head.stripLeading();
    return start.startsWith("<") && head.contains("<schedule");
  }

  @Override
  public ReadResult read(Source source, ReadOptions options) {
    Element root = XmlTree.parse(source.text(), source.name());
    Diagnostics diagnostics = new Diagnostics(source.name());
    if (!root.name().equals("schedule")) {
      throw InvalidInputException.at(source.name(), root.line(), root.column(),
          "a frab schedule starts with <schedule>, found <" + root.name() + ">");
    }
    Element conference = root.child("conference").orElse(root);
    FeedScheduleBuilder schedule = new FeedScheduleBuilder(diagnostics);
    ZoneId zone = zone(options, conference, source.name()).orElseGet(() -> {
      schedule.zoneNotDeclared(!eventsCarryDates(root));
      return ZoneId.of("UTC");
    });
    LocalTime dayChange = dayChange(conference, diagnostics);
    schedule.identify(conference.childText("acronym"));
    schedule.place(String.join(", ", List.of(conference.childText("venue"), conference.childText("city")).stream()
        .filter(part -> !part.isBlank()).toList()));
    for (Element day : root.children("day")) {
      readDay(day, zone, dayChange, schedule, diagnostics);
    }
    return schedule.build(conference.childText("title"), zone, options, OptionalInt.empty());
  }

  /** The zone the user or the file names; older files name none, and inference finds it. */
  private static Optional<ZoneId> zone(ReadOptions options, Element conference, String sourceName) {
    if (options.timezone().isPresent()) {
      return options.timezone();
    }
    Optional<Element> named = conference.child("time_zone_name").filter(element -> !element.text().isEmpty());
    if (named.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(TimeParsing.zone(named.get().text()));
    } catch (DateTimeException e) {
      throw InvalidInputException.at(sourceName, named.get().line(), named.get().column(),
          "time_zone_name '" + named.get().text() + "' is not an IANA time zone such as Europe/Brussels");
    }
  }

  /** Whether events give their own ISO date-time with an offset, which fixes their instants whatever the zone. */
  private static boolean eventsCarryDates(Element root) {
    for (Element day : root.children("day")) {
      for (Element room : day.children("room")) {
        for (Element event : room.children("event")) {
          if (!event.childText("date").isBlank()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static LocalTime dayChange(Element conference, Diagnostics diagnostics) {
    Optional<Element> element = conference.child("day_change").filter(change -> !change.text().isEmpty());
    if (element.isEmpty()) {
      return FrabTimes.DEFAULT_DAY_CHANGE;
    }
    try {
      return FrabTimes.clock(element.get().text());
    } catch (DateTimeException e) {
      diagnostics.warning(element.get().line(), element.get().column(),
          "day_change '" + element.get().text() + "' is not a time such as 04:00; using " + FrabTimes.DEFAULT_DAY_CHANGE);
      return FrabTimes.DEFAULT_DAY_CHANGE;
    }
  }

  private static void readDay(Element day, ZoneId zone, LocalTime dayChange, FeedScheduleBuilder schedule,
      Diagnostics diagnostics) {
    Optional<LocalDate> date = day.attribute("date").flatMap(text -> {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeException e) {
        diagnostics.error(day.line(), day.column(), "day date '" + text + "' is not a date such as 2021-02-06");
        return Optional.empty();
      }
    });
    if (day.attribute("date").isEmpty()) {
      diagnostics.error(day.line(), day.column(), "<day> has no date attribute");
    }
    for (Element room : day.children("room")) {
      String roomName = room.attribute("name").orElse("");
      for (Element event : room.children("event")) {
        date.flatMap(value -> readEvent(event, value, roomName, zone, dayChange, schedule, diagnostics))
            .ifPresent(session -> schedule.add(session, event.line()));
      }
    }
  }

  private static Optional<Session> readEvent(Element event, LocalDate day, String roomName, ZoneId zone,
      LocalTime dayChange, FeedScheduleBuilder schedule, Diagnostics diagnostics) {
    Optional<String> id = event.attribute("id").or(() -> event.attribute("guid"))
        .or(() -> Optional.of(event.childText("guid")).filter(text -> !text.isEmpty()));
    String title = event.childText("title");
    if (id.isEmpty()) {
      diagnostics.error(event.line(), event.column(), "<event> has no id attribute");
    }
    if (title.isEmpty()) {
      diagnostics.error(event.line(), event.column(), "event '" + id.orElse("?") + "' has no <title>");
    }
    Optional<ZonedDateTime> start = start(event, day, zone, dayChange, diagnostics);
    Optional<Duration> duration = duration(event, diagnostics);
    if (id.isEmpty() || title.isEmpty() || start.isEmpty() || duration.isEmpty()) {
      return Optional.empty();
    }
    if (duration.get().isZero() || duration.get().isNegative()) {
      diagnostics.warning(event.line(), event.column(), "event '" + id.get() + "' lasts no time; left out");
      return Optional.empty();
    }
    String room = roomName.isEmpty() ? event.childText("room") : roomName;
    List<Speaker> speakers = persons(event);
    String type = event.childText("type");
    String track = event.childText("track");
    String abstractText = event.childText("abstract").isEmpty() ? event.childText("description") : event.childText("abstract");
    return Optional.of(Session.builder(new SessionId(id.get()))
        .title(title)
        .start(start.get())
        .end(start.get().plus(duration.get()))
        .room(schedule.rooms().idFor(room))
        .track(track)
        .type(SessionTypeRecogniser.classify(List.of(type, track), title, !speakers.isEmpty()))
        .speakers(speakers)
        .abstractText(HtmlText.toPlain(abstractText))
        .url(event.childText("url"))
        .build());
  }

  /** The event's own {@code <date>} (ISO with offset) where newer files give one, else the day and {@code <start>}. */
  private static Optional<ZonedDateTime> start(Element event, LocalDate day, ZoneId zone, LocalTime dayChange,
      Diagnostics diagnostics) {
    Optional<Element> date = event.child("date").filter(element -> !element.text().isEmpty());
    Element start = event.child("start").orElse(null);
    try {
      if (date.isPresent() && date.get().text().contains("T")) {
        return Optional.of(TimeParsing.parse(date.get().text(), zone));
      }
      if (start == null || start.text().isEmpty()) {
        diagnostics.error(event.line(), event.column(), "event has no <start>");
        return Optional.empty();
      }
      return Optional.of(FrabTimes.startOnDay(day, FrabTimes.clock(start.text()), dayChange, zone));
    } catch (DateTimeException e) {
      Element where = date.orElse(start);
      diagnostics.error(where.line(), where.column(), "'" + where.text() + "' is not a time such as 09:30");
      return Optional.empty();
    }
  }

  private static Optional<Duration> duration(Element event, Diagnostics diagnostics) {
    Optional<Element> element = event.child("duration").filter(duration -> !duration.text().isEmpty());
    if (element.isEmpty()) {
      diagnostics.error(event.line(), event.column(), "event has no <duration>");
      return Optional.empty();
    }
    try {
      return Optional.of(FrabTimes.duration(element.get().text()));
    } catch (DateTimeException e) {
      diagnostics.error(element.get().line(), element.get().column(),
          "duration '" + element.get().text() + "' is not a duration such as 00:45");
      return Optional.empty();
    }
  }

  private static List<Speaker> persons(Element event) {
    List<Speaker> speakers = new ArrayList<>();
    event.child("persons").ifPresent(persons -> persons.children("person").stream()
        .map(Element::text)
        .filter(name -> !name.isEmpty())
        .forEach(name -> speakers.add(Speaker.named(name))));
    return speakers;
  }
}
