package dev.planner.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Resolves what a user types for {@code --day} against a schedule's days: a weekday name or its
 * abbreviation in any case ({@code wednesday}, {@code Wed}), an ISO date, or a day number from 1.
 */
public final class DaySelector {
  private DaySelector() {}

  /**
   * The day meant, or an {@link IllegalArgumentException} whose message lists the days there are.
   */
  public static LocalDate resolve(String text, List<LocalDate> days) {
    Optional<LocalDate> day = find(text.trim(), days);
    if (day.isEmpty()) {
      throw new IllegalArgumentException("no day '" + text + "' in this schedule; its days are: " + describe(days));
    }
    return day.get();
  }

  private static Optional<LocalDate> find(String text, List<LocalDate> days) {
    if (isDayNumberShape(text)) {
      int number = Integer.parseInt(text);
      return number >= 1 && number <= days.size() ? Optional.of(days.get(number - 1)) : Optional.empty();
    }
    if (isIsoDateShape(text)) {
      try {
        LocalDate date = LocalDate.parse(text);
        return days.contains(date) ? Optional.of(date) : Optional.empty();
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    String wanted = text.toLowerCase(Locale.ROOT);
    if (wanted.length() < 2) {
      return Optional.empty();
    }
    LocalDate match = null;
    for (LocalDate day : days) {
      if (weekday(day.getDayOfWeek()).startsWith(wanted)) {
        if (match != null) {
          return Optional.empty();
        }
        match = day;
      }
    }
    return Optional.ofNullable(match);
  }

  // The two shapes are checked by hand: a regular expression is compiled on each call, and a run reads
  // one --day.

  /** Whether the text from {@code start} to {@code end} is ASCII digits, at least one. */
  private static boolean isDigits(String text, int start, int end) {
    if (start >= end) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** One or two digits. */
  static boolean isDayNumberShape(String text) {
    return text.length() <= 2 && isDigits(text, 0, text.length());
  }

  /** {@code dddd-dd-dd}, which {@link LocalDate#parse} then checks is a date. */
  static boolean isIsoDateShape(String text) {
    return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
        && isDigits(text, 0, 4) && isDigits(text, 5, 7) && isDigits(text, 8, 10);
  }

  /** The days as a user reads them: {@code 1 Wed 2024-03-20, 2 Thu 2024-03-21}. */
  public static String describe(List<LocalDate> days) {
    if (days.isEmpty()) {
      return "(none: the schedule has no sessions)";
    }
    return IntStream.range(0, days.size())
        .mapToObj(i -> (i + 1) + " " + shortName(days.get(i).getDayOfWeek())
            + " " + days.get(i))
        .collect(Collectors.joining(", "));
  }

  /** The English three-letter name, whatever the machine's locale. */
  public static String shortName(DayOfWeek day) {
    String name = weekday(day);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1, 3);
  }

  private static String weekday(DayOfWeek day) {
    return day.name().toLowerCase(Locale.ROOT);
  }
}
