package dev.planner.importing.frab;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock times and durations of frab and Pentabarf feeds ({@code 09:30}, {@code 00:45},
 * {@code 01:00:00}, or ISO {@code PT45M}), and the rule that puts a late event on the next date.
 */
final class FrabTimes {
  /** When the feed names no day change, events before this time belong to the previous day's programme. */
  static final LocalTime DEFAULT_DAY_CHANGE = LocalTime.of(4, 0);

  private static final Pattern CLOCK = Pattern.compile("(\\d{1,3}):(\\d{2})(?::(\\d{2}))?");

  private FrabTimes() {}

  /** A duration as {@code H:MM}, {@code HH:MM:SS} or ISO-8601; throws {@link DateTimeException} otherwise. */
  static Duration duration(String text) {
    String trimmed = text.strip();
    if (trimmed.startsWith("P") || trimmed.startsWith("p")) {
      return Duration.parse(trimmed);
    }
    Matcher clock = CLOCK.matcher(trimmed);
    if (!clock.matches()) {
      throw new DateTimeException("not a duration: " + trimmed);
    }
    int seconds = clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3));
    return Duration.ofHours(Integer.parseInt(clock.group(1)))
        .plusMinutes(Integer.parseInt(clock.group(2)))
        .plusSeconds(seconds);
  }

  /** A time of day as {@code HH:MM} or {@code HH:MM:SS}. */
  static LocalTime clock(String text) {
    return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
  }

  /**
   * The start of an event listed under a day: a frab day runs past midnight until its day change,
   * so an event at 00:30 on a day that changes at 04:00 starts on the next date.
   */
  static ZonedDateTime startOnDay(LocalDate day, LocalTime start, LocalTime dayChange, ZoneId zone) {
    LocalDate date = start.isBefore(dayChange) ? day.plusDays(1) : day;
    return date.atTime(start).atZone(zone);
  }
}
