package dev.planner.importing.ical;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.NodeParser;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneOffsetTransitionRule.TimeDefinition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zones a calendar's TZIDs stand for: an IANA id, also inside a longer TZID, else the calendar's
 * own VTIMEZONE turned into {@link ZoneRules} (the common form: one STANDARD and one DAYLIGHT rule
 * repeating yearly on a weekday of a month, or a fixed offset).
 */
final class IcalTimeZones {
  /** iCalendar's basic local date-time, {@code 20260324T101500}: made when first needed, as feeds rarely need it. */
  static final class BasicLocal {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);

    private BasicLocal() {}
  }

  /** The shapes inside TZIDs and VTIMEZONEs, compiled when first needed: a feed in UTC, as Sched's is, needs none. */
  private static final class Syntax {
    static final Pattern IANA_SUFFIX = Pattern.compile("([A-Za-z_]+/[A-Za-z0-9_+\\-]+(?:/[A-Za-z0-9_+\\-]+)?)$");
    static final Pattern OFFSET = Pattern.compile("([+-])(\\d\\d)(\\d\\d)(\\d\\d)?");
    static final Pattern NTH_WEEKDAY = Pattern.compile("([+-]?\\d)?(MO|TU|WE|TH|FR|SA|SU)");

    private Syntax() {}
  }
  /** Where a zone with the same rules is looked for, most likely first; the order keeps the choice stable. */
  private static final List<String> REGIONS =
      List.of("Europe/", "America/", "Asia/", "Australia/", "Pacific/", "Africa/", "Atlantic/", "Indian/");

  private final Map<String, IcalComponent> definitions = new HashMap<>();
  private final Map<String, Optional<ZoneRules>> rules = new HashMap<>();

  IcalTimeZones(IcalComponent calendar) {
    for (IcalComponent timeZone : calendar.components("VTIMEZONE")) {
      timeZone.text("TZID").ifPresent(tzid -> definitions.putIfAbsent(tzid, timeZone));
    }
  }

  /** An IANA id, also when wrapped as Mozilla and others do ({@code /mozilla.org/20050126_1/Europe/Berlin}). */
  static Optional<ZoneId> iana(String tzid) {
    String trimmed = tzid.strip().replace("\"", "");
    try {
      return Optional.of(ZoneId.of(trimmed));
    } catch (DateTimeException e) {
      Matcher suffix = Syntax.IANA_SUFFIX.matcher(trimmed);
      if (!suffix.find()) {
        return Optional.empty();
      }
      try {
        return Optional.of(ZoneId.of(suffix.group(1)));
      } catch (DateTimeException ignored) {
        return Optional.empty();
      }
    }
  }

  /** Whether the calendar defines this TZID with a VTIMEZONE. */
  boolean defines(String tzid) {
    return definitions.containsKey(tzid.strip());
  }

  /**
   * The rules of the calendar's VTIMEZONE for a TZID; empty, with a warning at the VTIMEZONE, when
   * it has a form this reader does not follow.
   */
  Optional<ZoneRules> rules(String tzid, Diagnostics diagnostics) {
    IcalComponent definition = definitions.get(tzid.strip());
    if (definition == null) {
      return Optional.empty();
    }
    return rules.computeIfAbsent(tzid.strip(), id -> rulesOrWarning(id, definition, diagnostics));
  }

  private static Optional<ZoneRules> rulesOrWarning(String tzid, IcalComponent definition, Diagnostics diagnostics) {
    try {
      return Optional.of(rulesOf(definition));
    } catch (DateTimeException | IllegalArgumentException e) {
      diagnostics.warning(definition.line(), 0, "VTIMEZONE '" + tzid + "' cannot be followed ("
          + NodeParser.oneLine(e.getMessage()) + "); reading its times in UTC");
      return Optional.empty();
    }
  }

  /**
   * A zone id for rules read from a VTIMEZONE, to name the schedule's zone: the fixed offset, or the
   * first IANA zone that has the same offsets all through the given year.
   */
  static Optional<ZoneId> zoneIdFor(ZoneRules rules, int year) {
    if (rules.isFixedOffset()) {
      return Optional.of(rules.getOffset(Instant.EPOCH));
    }
    Instant from = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    List<ZoneOffsetTransition> wanted = transitions(rules, from, to);
    for (String region : REGIONS) {
      Optional<ZoneId> match = ZoneId.getAvailableZoneIds().stream()
          .filter(id -> id.startsWith(region))
          .sorted()
          .map(ZoneId::of)
          .filter(zone -> zone.getRules().getOffset(from).equals(rules.getOffset(from))
              && transitions(zone.getRules(), from, to).equals(wanted))
          .findFirst();
      if (match.isPresent()) {
        return match;
      }
    }
    return Optional.empty();
  }

  private static List<ZoneOffsetTransition> transitions(ZoneRules rules, Instant from, Instant to) {
    List<ZoneOffsetTransition> all = new ArrayList<>();
    ZoneOffsetTransition next = rules.nextTransition(from);
    while (next != null && next.getInstant().isBefore(to) && all.size() < 8) {
      all.add(next);
      next = rules.nextTransition(next.getInstant());
    }
    return all;
  }

  /** STANDARD and DAYLIGHT with yearly RRULEs become yearly transition rules; without RRULEs, STANDARD's offset. */
  private static ZoneRules rulesOf(IcalComponent definition) {
    Optional<IcalComponent> standard = current(definition, "STANDARD");
    Optional<IcalComponent> daylight = current(definition, "DAYLIGHT");
    if (standard.isEmpty()) {
      throw new IllegalArgumentException("it has no STANDARD part");
    }
    ZoneOffset standardOffset = offset(standard.get(), "TZOFFSETTO");
    boolean repeats = standard.get().property("RRULE").isPresent()
        || daylight.flatMap(part -> part.property("RRULE")).isPresent();
    if (!repeats) {
      return ZoneRules.of(standardOffset);
    }
    if (daylight.isEmpty()) {
      throw new IllegalArgumentException("a yearly STANDARD rule needs a DAYLIGHT one");
    }
    List<ZoneOffsetTransitionRule> yearly = new ArrayList<>(List.of(
        transitionRule(standard.get(), standardOffset), transitionRule(daylight.get(), standardOffset)));
    yearly.sort(Comparator.comparing(ZoneOffsetTransitionRule::getMonth));
    int firstYear = Math.min(start(standard.get()).getYear(), start(daylight.get()).getYear());
    // ZoneRules applies its yearly rules only after its last fixed transition: one a year before they begin.
    ZoneOffsetTransition before = yearly.get(yearly.size() - 1).createTransition(firstYear - 1);
    return ZoneRules.of(standardOffset, before.getOffsetBefore(), List.of(), List.of(before), yearly);
  }

  /** The part of that kind in force: one whose RRULE has no UNTIL, else the one starting last. */
  private static Optional<IcalComponent> current(IcalComponent definition, String kind) {
    List<IcalComponent> parts = definition.components(kind);
    Optional<IcalComponent> open = parts.stream()
        .filter(part -> part.raw("RRULE").filter(rule -> !rule.toUpperCase(Locale.ROOT).contains("UNTIL=")).isPresent())
        .max(Comparator.comparing(IcalTimeZones::start));
    return open.isPresent() ? open : parts.stream().max(Comparator.comparing(IcalTimeZones::start));
  }

  private static ZoneOffsetTransitionRule transitionRule(IcalComponent part, ZoneOffset standardOffset) {
    Map<String, String> rule = rrule(part.raw("RRULE")
        .orElseThrow(() -> new IllegalArgumentException(part.name() + " has no RRULE")));
    if (!"YEARLY".equals(rule.get("FREQ")) || rule.get("BYMONTH") == null || rule.get("BYDAY") == null) {
      throw new IllegalArgumentException("RRULE " + part.raw("RRULE").orElse("") + " is not a yearly weekday rule");
    }
    Month month = Month.of(Integer.parseInt(rule.get("BYMONTH")));
    Matcher byDay = Syntax.NTH_WEEKDAY.matcher(rule.get("BYDAY"));
    if (!byDay.matches()) {
      throw new IllegalArgumentException("BYDAY=" + rule.get("BYDAY") + " is not one weekday");
    }
    DayOfWeek weekday = weekday(byDay.group(2));
    int dayOfMonth = dayOfMonthIndicator(byDay.group(1), rule.get("BYMONTHDAY"));
    LocalTime time = start(part).toLocalTime();
    return ZoneOffsetTransitionRule.of(month, dayOfMonth, weekday, time, false, TimeDefinition.WALL,
        standardOffset, offset(part, "TZOFFSETFROM"), offset(part, "TZOFFSETTO"));
  }

  /**
   * Java's day-of-month indicator: the weekday on or after day 1 + 7(n − 1) for the n-th, on or
   * before the last day minus 7(n − 1) for the n-th from the end; {@code BYDAY=SU;BYMONTHDAY=8,...,14}
   * says the second Sunday the other way.
   */
  private static int dayOfMonthIndicator(String nth, String byMonthDay) {
    if (nth != null) {
      int n = Integer.parseInt(nth.replace("+", ""));
      if (n == 0 || n > 4 || n < -4) {
        throw new IllegalArgumentException("BYDAY " + nth + " is not a week of the month");
      }
      return n > 0 ? 1 + 7 * (n - 1) : -1 - 7 * (-n - 1);
    }
    if (byMonthDay == null) {
      throw new IllegalArgumentException("BYDAY names no week of the month");
    }
    return Integer.parseInt(byMonthDay.split(",")[0].strip());
  }

  private static DayOfWeek weekday(String code) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(code)) {
        return day;
      }
    }
    throw new IllegalArgumentException("no weekday " + code);
  }

  private static Map<String, String> rrule(String text) {
    Map<String, String> parts = new HashMap<>();
    for (String part : text.toUpperCase(Locale.ROOT).split(";")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        parts.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
      }
    }
    return parts;
  }

  private static LocalDateTime start(IcalComponent part) {
    String value = part.raw("DTSTART").orElseThrow(() -> new IllegalArgumentException(part.name() + " has no DTSTART"));
    return LocalDateTime.parse(value, BasicLocal.FORMAT);
  }

  private static ZoneOffset offset(IcalComponent part, String property) {
    String value = part.raw(property).orElseThrow(() -> new IllegalArgumentException(part.name() + " has no " + property));
    Matcher matcher = Syntax.OFFSET.matcher(value);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(property + " '" + value + "' is not an offset such as +0100");
    }
    int sign = matcher.group(1).equals("-") ? -1 : 1;
    int seconds = matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4));
    return ZoneOffset.ofHoursMinutesSeconds(sign * Integer.parseInt(matcher.group(2)),
        sign * Integer.parseInt(matcher.group(3)), sign * seconds);
  }
}
