package dev.planner.importing;

import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.Speaker;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * Reads iCalendar feeds: Sched's {@code all.ics} (UTC times, {@code LOCATION} as
 * {@code Room, City, Country}, speakers in the {@code SUMMARY}, the track in {@code CATEGORIES}) and
 * plain calendars (VTIMEZONE, floating times, ATTENDEE and ORGANIZER names as speakers).
 */
public final class IcalScheduleReader implements ScheduleReader {
  private static final DateTimeFormatter BASIC_LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final Pattern IANA_SUFFIX = Pattern.compile("([A-Za-z_]+/[A-Za-z0-9_+\\-]+(?:/[A-Za-z0-9_+\\-]+)?)$");
  private static final Set<String> UTC_NAMES = Set.of("UTC", "GMT", "Z", "ETC/UTC", "ETC/GMT");

  @Override
  public Format format() {
    return Format.ICAL;
  }

  @Override
  public boolean recognises(String head) {
    return head.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length());
  }

  @Override
  public ReadResult read(Source source, ReadOptions options) {
    String text = source.text();
    Calendar calendar = parse(text, source.name());
    Diagnostics diagnostics = new Diagnostics(source.name());
    EventReader events = new EventReader(calendar, options, diagnostics);
    FeedScheduleBuilder schedule = new FeedScheduleBuilder(diagnostics);
    List<Integer> lines = eventLines(text);
    int index = 0;
    for (CalendarComponent component : calendar.getComponents()) {
      if (component instanceof VEvent event) {
        int line = index < lines.size() ? lines.get(index) : 0;
        index++;
        events.read(event, line, schedule);
      }
    }
    return schedule.build(calendarName(calendar), events.zone, options, OptionalInt.empty());
  }

  private static Calendar parse(String text, String sourceName) {
    if (text.contains("TZID")) {
      IcalZoneRules.register();
    }
    try {
      // One builder per read: builders hold parsing state and are not safe to share.
      return new CalendarBuilder().build(new StringReader(text));
    } catch (ParserException e) {
      throw InvalidInputException.at(sourceName, Math.max(e.getLineNo(), 0), 0,
          "not valid iCalendar: " + NodeParser.oneLine(e.getMessage()));
    } catch (IOException | RuntimeException e) {
      throw InvalidInputException.at(sourceName, 0, 0, "not valid iCalendar: " + NodeParser.oneLine(e.getMessage()));
    }
  }

  /** The line of each {@code BEGIN:VEVENT}, in order: ical4j keeps no positions, and events keep file order. */
  private static List<Integer> eventLines(String text) {
    List<Integer> lines = new ArrayList<>();
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (text.regionMatches(true, start, "BEGIN:VEVENT", 0, 12) && text.substring(start, i).strip().length() == 12) {
          lines.add(line);
        }
        line++;
        start = i + 1;
      }
    }
    return lines;
  }

  /** X-WR-CALNAME, else the product named in PRODID ("-//Sched.com KubeCon//EN" → "Sched.com KubeCon"). */
  private static String calendarName(Calendar calendar) {
    Optional<String> name = value(calendar, "X-WR-CALNAME").filter(text -> !text.isBlank());
    if (name.isPresent()) {
      return name.get();
    }
    return value(calendar, Property.PRODID).map(IcalScheduleReader::productName).orElse("");
  }

  private static String productName(String prodid) {
    String[] parts = prodid.split("//");
    return parts.length >= 2 ? parts[1].strip() : prodid.strip();
  }

  private static Optional<String> value(PropertyContainer container, String name) {
    return container.getProperty(name).map(Property::getValue).map(String::strip);
  }

  /** Reads events one by one with the calendar's conventions and a cache of the zones they name. */
  private static final class EventReader {
    private final boolean sched;
    private final ZoneId zone;
    private final Diagnostics diagnostics;
    private final Map<String, ZoneId> zonesByTzid = new HashMap<>();
    private final Map<String, Integer> uidCounts = new HashMap<>();

    EventReader(Calendar calendar, ReadOptions options, Diagnostics diagnostics) {
      this.diagnostics = diagnostics;
      this.sched = value(calendar, Property.PRODID).map(id -> id.toLowerCase(Locale.ROOT).contains("sched")).orElse(false);
      this.zone = options.timezone().orElseGet(() -> zoneOf(calendar));
    }

    /** X-WR-TIMEZONE unless it says UTC (Sched always does), else the first VTIMEZONE, else UTC with a warning. */
    private ZoneId zoneOf(Calendar calendar) {
      Optional<String> declared = value(calendar, "X-WR-TIMEZONE")
          .filter(id -> !UTC_NAMES.contains(id.toUpperCase(Locale.ROOT)));
      if (declared.isPresent()) {
        Optional<ZoneId> zone = resolve(declared.get());
        if (zone.isPresent()) {
          return zone.get();
        }
        diagnostics.warning(0, 0, "X-WR-TIMEZONE '" + declared.get() + "' is not a known time zone");
      }
      for (CalendarComponent component : calendar.getComponents()) {
        if (component instanceof VTimeZone timeZone) {
          Optional<ZoneId> zone = value(timeZone, Property.TZID).flatMap(EventReader::resolve);
          if (zone.isPresent()) {
            return zone.get();
          }
        }
      }
      diagnostics.warning(0, 0, "the calendar names no time zone: times are shown in UTC;"
          + " pass --timezone with the conference's zone, such as --timezone Europe/Amsterdam");
      return ZoneId.of("UTC");
    }

    void read(VEvent event, int line, FeedScheduleBuilder schedule) {
      Optional<String> summary = value(event, Property.SUMMARY).filter(text -> !text.isBlank());
      if (summary.isEmpty()) {
        diagnostics.warning(line, 0, "event without a SUMMARY left out");
        return;
      }
      if (value(event, Property.STATUS).filter(status -> status.equalsIgnoreCase("CANCELLED")).isPresent()) {
        diagnostics.warning(line, 0, "cancelled event '" + summary.get() + "' left out");
        return;
      }
      Optional<ZonedDateTime> start = event.getProperty(Property.DTSTART).flatMap(property -> time(property, line));
      Optional<ZonedDateTime> end = start.flatMap(begin -> end(event, begin, line));
      if (start.isEmpty() || end.isEmpty()) {
        return;
      }
      if (!end.get().isAfter(start.get())) {
        diagnostics.warning(line, 0, "event '" + summary.get() + "' ends before it starts; left out");
        return;
      }
      schedule.add(session(event, summary.get(), start.get(), end.get(), line, schedule), line);
    }

    private Session session(VEvent event, String summary, ZonedDateTime start, ZonedDateTime end, int line,
        FeedScheduleBuilder schedule) {
      SchedSummary titled = sched ? SchedSummary.parse(summary) : new SchedSummary(summary.strip(), attendees(event));
      List<String> categories = categories(event);
      String location = value(event, Property.LOCATION).orElse("");
      String room = sched ? location.split(",", 2)[0].strip() : location;
      return Session.builder(id(event, start, line))
          .title(titled.title())
          .start(start)
          .end(end)
          .room(schedule.rooms().idFor(room))
          .track(categories.isEmpty() ? "" : categories.get(0))
          .type(SessionTypeRecogniser.classify(categories, titled.title(), !titled.speakers().isEmpty()))
          .speakers(titled.speakers())
          .tags(categories.size() > 1 ? categories.subList(1, categories.size()) : List.of())
          .abstractText(HtmlText.toPlain(value(event, Property.DESCRIPTION).orElse("")))
          .url(value(event, Property.URL).orElse(""))
          .build();
    }

    /** The UID; a repeated UID (the occurrences of a recurring event) gets its start appended. */
    private SessionId id(VEvent event, ZonedDateTime start, int line) {
      Optional<String> uid = value(event, Property.UID).filter(text -> !text.isBlank());
      if (uid.isEmpty()) {
        diagnostics.warning(line, 0, "event without a UID: its id is made from its line, so diff cannot follow it");
        return new SessionId("line-" + line);
      }
      int seen = uidCounts.merge(uid.get(), 1, Integer::sum);
      if (seen == 1) {
        return new SessionId(uid.get());
      }
      return new SessionId(uid.get() + "@" + BASIC_LOCAL.format(start.withZoneSameInstant(ZoneOffset.UTC)) + "Z");
    }

    private Optional<ZonedDateTime> end(VEvent event, ZonedDateTime start, int line) {
      Optional<Property> dtend = event.getProperty(Property.DTEND);
      if (dtend.isPresent()) {
        return time(dtend.get(), line);
      }
      Optional<String> duration = value(event, Property.DURATION);
      if (duration.isPresent()) {
        try {
          return Optional.of(start.plus(Duration.parse(duration.get())));
        } catch (DateTimeException e) {
          diagnostics.warning(line, 0, "DURATION '" + duration.get() + "' is not a duration such as PT45M; event left out");
          return Optional.empty();
        }
      }
      diagnostics.warning(line, 0, "event has neither DTEND nor DURATION; left out");
      return Optional.empty();
    }

    /** A DTSTART or DTEND in the conference's zone; all-day dates are not sessions. */
    private Optional<ZonedDateTime> time(Property property, int line) {
      String value = property.getValue().strip();
      if (value.length() == 8) {
        diagnostics.warning(line, 0, "all-day event left out (" + property.getName() + " " + value + ")");
        return Optional.empty();
      }
      try {
        boolean utc = value.endsWith("Z") || value.endsWith("z");
        LocalDateTime local = LocalDateTime.parse(utc ? value.substring(0, value.length() - 1) : value, BASIC_LOCAL);
        ZoneId written = utc ? ZoneOffset.UTC : property.getParameter(Parameter.TZID)
            .map(tzid -> zoneOfTzid(tzid.getValue(), line)).orElse(zone);
        return Optional.of(local.atZone(written).withZoneSameInstant(zone));
      } catch (DateTimeException e) {
        diagnostics.error(line, 0, property.getName() + " '" + value + "' is not a date-time such as 20260324T101500Z");
        return Optional.empty();
      }
    }

    /** Looked up once per TZID: a feed names the same few zones thousands of times. */
    private ZoneId zoneOfTzid(String tzid, int line) {
      ZoneId known = zonesByTzid.get(tzid);
      if (known != null) {
        return known;
      }
      ZoneId resolved = resolve(tzid).orElseGet(() -> {
        diagnostics.warning(line, 0, "TZID '" + tzid + "' is not a known time zone; reading its times in " + zone);
        return zone;
      });
      zonesByTzid.put(tzid, resolved);
      return resolved;
    }

    /** An IANA id, also when wrapped as Mozilla and others do ({@code /mozilla.org/20050126_1/Europe/Berlin}). */
    private static Optional<ZoneId> resolve(String tzid) {
      String trimmed = tzid.strip().replace("\"", "");
      try {
        return Optional.of(ZoneId.of(trimmed));
      } catch (DateTimeException e) {
        Matcher suffix = IANA_SUFFIX.matcher(trimmed);
        if (suffix.find()) {
          try {
            return Optional.of(ZoneId.of(suffix.group(1)));
          } catch (DateTimeException ignored) {
            return Optional.empty();
          }
        }
        return Optional.empty();
      }
    }

    private static List<String> categories(VEvent event) {
      Set<String> all = new LinkedHashSet<>();
      for (Property property : event.getProperties(Property.CATEGORIES)) {
        for (String category : property.getValue().split(",")) {
          if (!category.isBlank()) {
            all.add(category.strip());
          }
        }
      }
      return new ArrayList<>(all);
    }

    /** The organiser and the attendees by their CN, in file order, each once. */
    private static List<Speaker> attendees(VEvent event) {
      Set<String> names = new LinkedHashSet<>();
      for (Property property : event.getProperties(Property.ORGANIZER)) {
        property.getParameter(Parameter.CN).map(Parameter::getValue).filter(name -> !name.isBlank())
            .ifPresent(name -> names.add(name.strip()));
      }
      for (Property property : event.getProperties(Property.ATTENDEE)) {
        boolean absent = property.getParameter(Parameter.ROLE)
            .filter(role -> role.getValue().equalsIgnoreCase("NON-PARTICIPANT")).isPresent();
        if (!absent) {
          property.getParameter(Parameter.CN).map(Parameter::getValue).filter(name -> !name.isBlank())
              .ifPresent(name -> names.add(name.strip()));
        }
      }
      return names.stream().map(Speaker::named).toList();
    }
  }
}
