package dev.planner.importing.frab;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.FeedScheduleBuilder;
import dev.planner.importing.Format;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.ScheduleReader;
import dev.planner.importing.Source;
import dev.planner.importing.TimeParsing;

import dev.planner.importing.frab.XmlTree.Element;
import dev.planner.model.Speaker;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

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

  private static void readDay(Element day, ZoneId zone, LocalTime conferenceDayChange, FeedScheduleBuilder schedule,
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
    LocalTime dayChange = dayStart(day, zone, diagnostics).orElse(conferenceDayChange);
    for (Element room : day.children("room")) {
      String roomName = room.attribute("name").orElse("");
      for (Element event : room.children("event")) {
        date.flatMap(value -> FrabEvent.toSession(new XmlEvent(event, diagnostics), Optional.of(value), roomName,
                dayChange, zone, schedule))
            .ifPresent(session -> schedule.add(session, event.line()));
      }
    }
  }

  /** The day's own start ({@code <day start="2024-02-03T09:00:00+01:00">}), as the JSON's day_start: its day changes then. */
  private static Optional<LocalTime> dayStart(Element day, ZoneId zone, Diagnostics diagnostics) {
    return day.attribute("start").flatMap(text -> {
      try {
        return Optional.of(TimeParsing.parse(text, zone).toLocalTime());
      } catch (DateTimeException e) {
        diagnostics.warning(day.line(), day.column(), "day start '" + text + "' is not a date-time; using the day change");
        return Optional.empty();
      }
    });
  }

  /** An {@code <event>} element as the shared event mapping reads it: attributes and child elements by name. */
  private record XmlEvent(Element event, Diagnostics diagnostics) implements FrabEvent {
    @Override
    public Optional<String> text(String key) {
      Optional<String> attribute = key.equals("id") || key.equals("guid") ? event.attribute(key) : Optional.empty();
      return attribute.or(() -> Optional.of(event.childText(key)).filter(text -> !text.isEmpty()));
    }

    @Override
    public <T> Optional<T> parsed(String key, String expected, Function<String, T> parser) {
      Optional<String> text = text(key);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(parser.apply(text.get()));
      } catch (RuntimeException e) {
        Element where = event.child(key).orElse(event);
        diagnostics.error(where.line(), where.column(), "'" + text.get() + "' is not " + expected);
        return Optional.empty();
      }
    }

    @Override
    public void missing(String key) {
      diagnostics.error(event.line(), event.column(),
          key.equals("id") ? "<event> has no id attribute" : "event has no <" + key + ">");
    }

    @Override
    public void errorAt(String key, String message) {
      Element where = event.child(key).orElse(event);
      diagnostics.error(where.line(), where.column(), message);
    }

    @Override
    public void warningAt(String key, String message) {
      Element where = event.child(key).orElse(event);
      diagnostics.warning(where.line(), where.column(), message);
    }

    @Override
    public int line() {
      return event.line();
    }

    @Override
    public String room() {
      return event.childText("room");
    }

    @Override
    public String track() {
      return event.childText("track");
    }

    @Override
    public List<Speaker> speakers() {
      List<Speaker> speakers = new ArrayList<>();
      event.child("persons").ifPresent(persons -> persons.children("person").stream()
          .map(Element::text)
          .filter(name -> !name.isEmpty())
          .forEach(name -> speakers.add(Speaker.named(name))));
      return speakers;
    }

    @Override
    public String abstractText() {
      return event.childText("abstract").isEmpty() ? event.childText("description") : event.childText("abstract");
    }
  }
}
