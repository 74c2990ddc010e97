package dev.planner.rendering;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A VTIMEZONE built from the JDK's rules for a zone: one observance per offset change in the years
 * an export covers, plus the change in force when the first year begins, named by the full IANA id.
 * The JDK's rules are used rather than ical4j's zone registry, which is slow to load.
 */
final class CalendarTimeZone {
  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

  private CalendarTimeZone() {}

  /** The VTIMEZONE's logical content lines, for the years from {@code first} to {@code last}. */
  static List<String> lines(ZoneId zone, int firstYear, int lastYear) {
    ZoneRules rules = zone.getRules();
    Instant from = LocalDate.of(firstYear, 1, 1).atStartOfDay(zone).toInstant();
    Instant until = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(zone).toInstant();
    List<ZoneOffsetTransition> transitions = new ArrayList<>();
    ZoneOffsetTransition previous = rules.previousTransition(from.plusSeconds(1));
    if (previous != null) {
      transitions.add(previous);
    }
    for (ZoneOffsetTransition next = rules.nextTransition(from); next != null && next.getInstant().isBefore(until);
        next = rules.nextTransition(next.getInstant())) {
      if (!next.equals(previous)) {
        transitions.add(next);
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VTIMEZONE");
    lines.add("TZID:" + zone.getId());
    if (transitions.isEmpty()) {
      ZoneOffset fixed = rules.getOffset(from);
      observance(lines, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), fixed, fixed);
    }
    for (ZoneOffsetTransition transition : transitions) {
      String kind = rules.isDaylightSavings(transition.getInstant()) ? "DAYLIGHT" : "STANDARD";
      observance(lines, kind, transition.getDateTimeBefore(), transition.getOffsetBefore(), transition.getOffsetAfter());
    }
    lines.add("END:VTIMEZONE");
    return lines;
  }

  private static void observance(List<String> lines, String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
    lines.add("BEGIN:" + kind);
    lines.add("DTSTART:" + LOCAL.format(start));
    lines.add("TZOFFSETFROM:" + offset(from));
    lines.add("TZOFFSETTO:" + offset(to));
    lines.add("END:" + kind);
  }

  /** An offset as RFC 5545's UTC-OFFSET: sign, hours, minutes and, only when not zero, seconds. */
  static String offset(ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    String sign = total < 0 ? "-" : "+";
    int absolute = Math.abs(total);
    // Written by hand: String.format in the root locale reads the JDK's locale data, milliseconds of an export.
    String text = sign + twoDigits(absolute / 3600) + twoDigits(absolute / 60 % 60);
    return absolute % 60 == 0 ? text : text + twoDigits(absolute % 60);
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
