package dev.planner.importing.ical;

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

import dev.planner.importing.ical.IcalComponent.Property;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.Speaker;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads iCalendar feeds: Sched's {@code all.ics} (UTC times, {@code LOCATION} as
 * {@code Room, City, Country}, speakers in the {@code SUMMARY}, the track in {@code CATEGORIES}) and
 * plain calendars (VTIMEZONE, floating times, ATTENDEE and ORGANIZER names as speakers).
 *
 * <p>The content lines are read by {@link IcalContentLines} rather than a calendar library: a feed
 * is read once in a short-lived process, where a library's start-up costs more than the reading.
 */
public final class IcalScheduleReader implements ScheduleReader {
  private static final Set<String> UTC_NAMES = Set.of("UTC", "GMT", "Z", "ETC/UTC", "ETC/GMT");
  /** The year whose clock changes name a VTIMEZONE's zone when no event gives one. */
  private static final int ANY_RECENT_YEAR = 2025;

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
    Diagnostics diagnostics = new Diagnostics(source.name());
    List<IcalComponent> roots = IcalContentLines.parse(source.bytes(), diagnostics);
    diagnostics.throwIfErrors();
    IcalComponent calendar = calendar(roots);
    if (calendar == null) {
      throw InvalidInputException.at(source.name(), roots.isEmpty() ? 0 : roots.get(0).line(), 0,
          "not valid iCalendar: there is no BEGIN:VCALENDAR");
    }
    FeedScheduleBuilder schedule = new FeedScheduleBuilder(diagnostics);
    EventReader events = new EventReader(calendar, options, diagnostics, schedule);
    for (String identity : List.of("X-WR-CALNAME", "PRODID")) {
      Optional<String> text = calendar.text(identity);
      if (text.isPresent()) {
        schedule.identify(text.get());
      }
    }
    for (IcalComponent event : calendar.components("VEVENT")) {
      events.read(event, schedule);
    }
    return schedule.build(calendarName(calendar), events.zone, options, OptionalInt.empty());
  }

  /** The first VCALENDAR, or null. */
  private static IcalComponent calendar(List<IcalComponent> roots) {
    for (IcalComponent root : roots) {
      if (root.name().equals("VCALENDAR")) {
        return root;
      }
    }
    return null;
  }

  /**
   * X-WR-CALNAME, else the product named in PRODID ("-//Sched.com KubeCon//EN" → "Sched.com KubeCon").
   * Sched's X-WR-CALNAME is the event's code ("kccnceu2026") and its PRODID carries the event's name
   * after "Sched.com": a one-word calendar name gives way to a PRODID that names more.
   */
  private static String calendarName(IcalComponent calendar) {
    String name = calendar.text("X-WR-CALNAME").orElse("").strip();
    Optional<String> prodid = calendar.text("PRODID");
    String product = prodid.isPresent() ? productName(prodid.get()).replaceFirst("(?i)^sched\\.com\\s+", "") : "";
    boolean named = !name.isEmpty();
    boolean productNamed = !product.isBlank();
    if (named && (name.contains(" ") || !(productNamed && product.contains(" ")))) {
      return name;
    }
    return productNamed ? product : name;
  }

  private static String productName(String prodid) {
    String[] parts = prodid.split("//");
    return parts.length >= 2 ? parts[1].strip() : prodid.strip();
  }

  /** A DTSTART or DTEND as written: a date (all day) or a date-time in UTC, with a TZID, or floating. */
  private record Stamp(Property property, LocalDateTime local, boolean allDay, boolean utc) {}

  /** Reads events one by one with the calendar's conventions and a cache of the zones they name. */
  private static final class EventReader {
    private final boolean sched;
    private final IcalTimeZones timeZones;
    private final ZoneId zone;
    private final Diagnostics diagnostics;
    private final Map<String, ZoneRules> rulesByTzid = new HashMap<>();
    private final Map<String, Integer> uidCounts = new HashMap<>();

    EventReader(IcalComponent calendar, ReadOptions options, Diagnostics diagnostics, FeedScheduleBuilder schedule) {
      this.diagnostics = diagnostics;
      Optional<String> prodid = calendar.text("PRODID");
      this.sched = prodid.isPresent() && prodid.get().toLowerCase(Locale.ROOT).contains("sched");
      this.timeZones = new IcalTimeZones(calendar);
      this.zone = options.timezone().isPresent() ? options.timezone().get() : zoneOf(calendar, schedule);
    }

    /**
     * X-WR-TIMEZONE unless it says UTC (Sched always does), else the first VTIMEZONE, else UTC,
     * which inference replaces by the zone of where the events are held.
     */
    private ZoneId zoneOf(IcalComponent calendar, FeedScheduleBuilder schedule) {
      Optional<Property> declared = calendar.property("X-WR-TIMEZONE");
      if (declared.isPresent() && !UTC_NAMES.contains(declared.get().text().strip().toUpperCase(Locale.ROOT))) {
        String id = declared.get().text().strip();
        Optional<ZoneId> zone = IcalTimeZones.iana(id);
        if (zone.isPresent()) {
          return zone.get();
        }
        diagnostics.warning(declared.get().line(), 0, "X-WR-TIMEZONE '" + id + "' is not a known time zone");
      }
      for (IcalComponent timeZone : calendar.components("VTIMEZONE")) {
        Optional<String> tzid = timeZone.text("TZID");
        Optional<ZoneId> zone = tzid.flatMap(IcalTimeZones::iana)
            .or(() -> tzid.flatMap(id -> timeZones.rules(id, diagnostics))
                .flatMap(rules -> IcalTimeZones.zoneIdFor(rules, firstEventYear(calendar))));
        if (zone.isPresent()) {
          return zone.get();
        }
      }
      schedule.zoneNotDeclared(false);
      return ZoneId.of("UTC");
    }

    private static int firstEventYear(IcalComponent calendar) {
      return calendar.components("VEVENT").stream()
          .flatMap(event -> event.raw("DTSTART").stream())
          .filter(value -> value.length() >= 4 && value.substring(0, 4).chars().allMatch(Character::isDigit))
          .map(value -> Integer.parseInt(value.substring(0, 4)))
          .findFirst()
          .orElse(ANY_RECENT_YEAR);
    }

    void read(IcalComponent event, FeedScheduleBuilder schedule) {
      int line = event.line();
      // Impossible dates are errors even on events left out below, as a calendar library would refuse them.
      Optional<Property> dtstart = event.property("DTSTART");
      Optional<Property> dtend = event.property("DTEND");
      Optional<Stamp> startStamp = dtstart.isPresent() ? stamp(dtstart.get()) : Optional.empty();
      Optional<Stamp> endStamp = dtend.isPresent() ? stamp(dtend.get()) : Optional.empty();
      Optional<String> summary = event.text("SUMMARY");
      if (summary.isEmpty() || summary.get().isBlank()) {
        diagnostics.warning(line, 0, "event without a SUMMARY left out");
        return;
      }
      Optional<String> status = event.raw("STATUS");
      if (status.isPresent() && status.get().equalsIgnoreCase("CANCELLED")) {
        diagnostics.warning(line, 0, "cancelled event '" + summary.get() + "' left out");
        return;
      }
      if (dtend.isPresent() && endStamp.isEmpty()) {
        return;
      }
      Optional<ZonedDateTime> start = startStamp.isPresent() ? time(startStamp.get()) : Optional.empty();
      Optional<ZonedDateTime> end = start.isEmpty() ? Optional.empty()
          : endStamp.isPresent() ? time(endStamp.get()) : end(event, start.get());
      if (start.isEmpty() || end.isEmpty()) {
        return;
      }
      if (end.get().isEqual(start.get())) {
        diagnostics.warning(line, 0, "event '" + summary.get() + "' has no length (it ends when it starts, "
            + start.get().withZoneSameInstant(zone).toLocalDateTime().toString().replace('T', ' ') + "); left out");
        return;
      }
      if (!end.get().isAfter(start.get())) {
        diagnostics.warning(line, 0, "event '" + summary.get() + "' ends before it starts; left out");
        return;
      }
      schedule.add(session(event, summary.get(), start.get(), end.get(), schedule), line);
    }

    private Session session(IcalComponent event, String summary, ZonedDateTime start, ZonedDateTime end,
        FeedScheduleBuilder schedule) {
      SchedSummary titled = sched ? SchedSummary.parse(summary) : new SchedSummary(summary.strip(), attendees(event));
      List<String> categories = categories(event);
      String location = event.text("LOCATION").orElse("");
      String[] roomAndPlace = location.split(",", 2);
      String room = sched ? roomAndPlace[0].strip() : location;
      if (roomAndPlace.length == 2) {
        schedule.place(roomAndPlace[1]);
      }
      return Session.builder(id(event, start))
          .title(titled.title())
          .start(start)
          .end(end)
          .room(schedule.rooms().idFor(room))
          .track(categories.isEmpty() ? "" : categories.get(0))
          .type(SessionTypeRecogniser.classify(categories, titled.title(), !titled.speakers().isEmpty()))
          .speakers(titled.speakers())
          .tags(categories.size() > 1 ? categories.subList(1, categories.size()) : List.of())
          .abstractText(HtmlText.toPlain(event.text("DESCRIPTION").orElse("")))
          .url(event.raw("URL").orElse(""))
          .build();
    }

    /** The UID; a repeated UID (the occurrences of a recurring event) gets its start appended. */
    private SessionId id(IcalComponent event, ZonedDateTime start) {
      Optional<String> uid = event.text("UID");
      if (uid.isEmpty() || uid.get().isBlank()) {
        diagnostics.warning(event.line(), 0,
            "event without a UID: its id is made from its line, so diff cannot follow it");
        return new SessionId("line-" + event.line());
      }
      Integer before = uidCounts.get(uid.get());
      int seen = before == null ? 1 : before + 1;
      uidCounts.put(uid.get(), seen);
      if (seen == 1) {
        return new SessionId(uid.get());
      }
      return new SessionId(uid.get() + "@"
          + IcalTimeZones.BasicLocal.FORMAT.format(start.withZoneSameInstant(ZoneOffset.UTC)) + "Z");
    }

    /** The end from DURATION, for an event without DTEND. */
    private Optional<ZonedDateTime> end(IcalComponent event, ZonedDateTime start) {
      Optional<Property> duration = event.property("DURATION");
      if (duration.isEmpty()) {
        diagnostics.warning(event.line(), 0, "event has neither DTEND nor DURATION; left out");
        return Optional.empty();
      }
      String value = duration.get().value().strip();
      try {
        return Optional.of(start.plus(Duration.parse(value)));
      } catch (DateTimeException e) {
        diagnostics.warning(duration.get().line(), 0,
            "DURATION '" + value + "' is not a duration such as PT45M; event left out");
        return Optional.empty();
      }
    }

    /** A DTSTART or DTEND read strictly: 30 February is an error at its line. */
    private Optional<Stamp> stamp(Property property) {
      String value = property.value().strip();
      try {
        if (value.length() == 8) {
          return Optional.of(new Stamp(property, LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay(),
              true, false));
        }
        boolean utc = value.endsWith("Z") || value.endsWith("z");
        LocalDateTime local = basicLocal(utc ? value.substring(0, value.length() - 1) : value);
        return Optional.of(new Stamp(property, local, false, utc));
      } catch (DateTimeException e) {
        diagnostics.error(property.line(), 0, property.name() + " '" + value
            + "' is not a date-time such as 20260324T101500Z");
        return Optional.empty();
      }
    }

    /**
     * {@code 20260324T101500}: read by hand when it is all digits, as feeds write it, and by the
     * formatter otherwise, to be refused as it refuses; either way an impossible date is refused.
     */
    private static LocalDateTime basicLocal(String value) {
      if (value.length() == 15 && value.charAt(8) == 'T' && allDigits(value, 0, 8) && allDigits(value, 9, 15)) {
        return LocalDateTime.of(number(value, 0, 4), number(value, 4, 6), number(value, 6, 8),
            number(value, 9, 11), number(value, 11, 13), number(value, 13, 15));
      }
      return LocalDateTime.parse(value, IcalTimeZones.BasicLocal.FORMAT);
    }

    private static boolean allDigits(String text, int from, int to) {
      for (int i = from; i < to; i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    private static int number(String digits, int from, int to) {
      int number = 0;
      for (int i = from; i < to; i++) {
        number = number * 10 + (digits.charAt(i) - '0');
      }
      return number;
    }

    /** A date-time in the conference's zone; all-day dates are not sessions. */
    private Optional<ZonedDateTime> time(Stamp stamp) {
      Property property = stamp.property();
      if (stamp.allDay()) {
        diagnostics.warning(property.line(), 0, "all-day event left out (" + property.name() + " "
            + property.value().strip() + ")");
        return Optional.empty();
      }
      if (stamp.utc()) {
        return Optional.of(ZonedDateTime.ofInstant(stamp.local(), ZoneOffset.UTC, zone));
      }
      Optional<String> tzid = property.parameter("TZID");
      if (tzid.isEmpty()) {
        return Optional.of(stamp.local().atZone(zone));
      }
      ZoneRules rules = rulesOfTzid(tzid.get(), property.line());
      return Optional.of(ZonedDateTime.ofInstant(instant(stamp.local(), rules), zone));
    }

    /** As {@link LocalDateTime#atZone}: the earlier offset in an overlap, shifted by the gap in a gap. */
    private static Instant instant(LocalDateTime local, ZoneRules rules) {
      List<ZoneOffset> valid = rules.getValidOffsets(local);
      if (!valid.isEmpty()) {
        return local.toInstant(valid.get(0));
      }
      return local.toInstant(rules.getTransition(local).getOffsetBefore());
    }

    /**
     * An IANA zone, else the calendar's VTIMEZONE of that TZID (UTC where it cannot be followed),
     * else the conference's zone with a warning; looked up once per TZID, as a feed names the same
     * few zones thousands of times.
     */
    private ZoneRules rulesOfTzid(String tzid, int line) {
      ZoneRules known = rulesByTzid.get(tzid);
      if (known != null) {
        return known;
      }
      ZoneRules resolved = IcalTimeZones.iana(tzid).map(ZoneId::getRules)
          .or(() -> timeZones.defines(tzid)
              ? Optional.of(timeZones.rules(tzid, diagnostics).orElse(ZoneOffset.UTC.getRules()))
              : Optional.empty())
          .orElseGet(() -> {
            diagnostics.warning(line, 0, "TZID '" + tzid + "' is not a known time zone; reading its times in " + zone);
            return zone.getRules();
          });
      rulesByTzid.put(tzid, resolved);
      return resolved;
    }

    private static List<String> categories(IcalComponent event) {
      Set<String> all = new LinkedHashSet<>();
      for (Property property : event.properties("CATEGORIES")) {
        for (String category : property.texts()) {
          if (!category.isBlank()) {
            all.add(category.strip());
          }
        }
      }
      return new ArrayList<>(all);
    }

    /** The organiser and the attendees by their CN, in file order, each once. */
    private static List<Speaker> attendees(IcalComponent event) {
      Set<String> names = new LinkedHashSet<>();
      for (Property property : event.properties("ORGANIZER")) {
        property.parameter("CN").filter(name -> !name.isBlank()).ifPresent(name -> names.add(name.strip()));
      }
      for (Property property : event.properties("ATTENDEE")) {
        boolean absent = property.parameter("ROLE").filter(role -> role.equalsIgnoreCase("NON-PARTICIPANT")).isPresent();
        if (!absent) {
          property.parameter("CN").filter(name -> !name.isBlank()).ifPresent(name -> names.add(name.strip()));
        }
      }
      return names.stream().map(Speaker::named).toList();
    }
  }
}
