package dev.planner.rendering;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns record values into the text of a table cell, and measures and cuts it as a terminal shows it. */
final class Cells {
  static final String ELLIPSIS = "…";

  private Cells() {}

  /** Made when first needed: a table whose times are all on one day shows only the time of day. */
  private static final class DateAndClock {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  }

  /** A time with a few words after it, such as an arrive-by out of reach: a time to the table, text to scripts. */
  record NotedTime(ZonedDateTime time, String note) {
    @Override
    public String toString() {
      return text(time) + " " + note;
    }
  }

  static String text(Object value) {
    return text(value, false);
  }

  /**
   * The time of day as HH:mm. Written out by hand: a formatter costs more than the rest of a table's
   * cell before the JIT has warmed up, and a plan prints hundreds of them.
   */
  static String clock(ZonedDateTime time) {
    return clock(time.getHour(), time.getMinute());
  }

  static String clock(LocalDateTime time) {
    return clock(time.getHour(), time.getMinute());
  }

  static String clock(LocalTime time) {
    return clock(time.getHour(), time.getMinute());
  }

  private static String clock(int hour, int minute) {
    char[] text = {(char) ('0' + hour / 10), (char) ('0' + hour % 10), ':', (char) ('0' + minute / 10), (char) ('0' + minute % 10)};
    return new String(text);
  }

  /**
   * A day as "Tuesday 24 March 2026", the English names written out: a formatter with text fields
   * loads locale data that costs a short run more than all its tables.
   */
  static String day(LocalDate date) {
    return capitalised(date.getDayOfWeek().name()) + " " + date.getDayOfMonth() + " "
        + capitalised(date.getMonth().name()) + " " + date.getYear();
  }

  private static String capitalised(String upperCase) {
    return upperCase.charAt(0) + upperCase.substring(1).toLowerCase(Locale.ROOT);
  }

  /** The cell's text; with {@code clockOnly}, times without their date (a table of one day says it once). */
  static String text(Object value, boolean clockOnly) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      return list.stream().map(item -> text(item, clockOnly)).collect(Collectors.joining("; "));
    }
    if (value instanceof Double number) {
      return Json.decimal(number);
    }
    if (value instanceof ZonedDateTime time) {
      return clockOnly ? clock(time) : DateAndClock.FORMAT.format(time);
    }
    if (value instanceof NotedTime noted) {
      return text(noted.time(), clockOnly) + " " + noted.note();
    }
    return value.toString();
  }

  /** The date of a time value, if the value is one. */
  static Optional<LocalDate> date(Object value) {
    if (value instanceof ZonedDateTime time) {
      return Optional.of(time.toLocalDate());
    }
    if (value instanceof NotedTime noted) {
      return Optional.of(noted.time().toLocalDate());
    }
    return Optional.empty();
  }

  /**
   * Width in terminal columns, as terminals draw it: two for East Asian wide characters and emoji
   * ("🚨 Contribfest", "Coffee Break ☕" in Sched titles, and a symbol that U+FE0F asks to be drawn as
   * an emoji, "❤️"), none for combining marks and joiners, one for the rest.
   */
  static int width(String text) {
    int width = 0;
    int previous = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int columns = width(codePoint);
      width += columnsAfter(previous, codePoint, columns);
      previous = columns;
      i += Character.charCount(codePoint);
    }
    return width;
  }

  /**
   * The columns a code point of its own width {@code columns} adds after one of {@code previous}
   * columns: an emoji presentation selector widens the narrow symbol before it.
   */
  private static int columnsAfter(int previous, int codePoint, int columns) {
    return codePoint == EMOJI_PRESENTATION && previous == 1 ? 1 : columns;
  }

  private static final int EMOJI_PRESENTATION = 0xFE0F;

  /** Symbols below the emoji blocks that terminals draw two columns wide (Unicode's East Asian Wide). */
  private static final int[] WIDE_SYMBOLS = {
    0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x25FD, 0x25FE,
    0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB,
    0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3,
    0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728,
    0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0,
    0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55};

  static int width(int codePoint) {
    if (codePoint < 0x80) {
      // ASCII holds no mark, no format character and nothing wide: tables are mostly ASCII.
      return 1;
    }
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)) {
      return 0;
    }
    return wide(codePoint) ? 2 : 1;
  }

  private static boolean wide(int c) {
    for (int i = 0; i < WIDE_SYMBOLS.length; i += 2) {
      if (c >= WIDE_SYMBOLS[i] && c <= WIDE_SYMBOLS[i + 1]) {
        return true;
      }
    }
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F680 && c <= 0x1F6FF) || (c >= 0x1F900 && c <= 0x1FAFF)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }

  /** The text, cut with an ellipsis when it is wider than {@code width}. */
  static String cut(String text, int width) {
    if (width(text) <= width) {
      return text;
    }
    int room = Math.max(0, width - 1);
    // The longest start that fits, its width added up as it grows.
    int end = 0;
    int used = 0;
    int previous = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int columns = width(codePoint);
      int added = columnsAfter(previous, codePoint, columns);
      if (used + added > room) {
        break;
      }
      used += added;
      previous = columns;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /**
   * A place's name fitted to {@code width}: its leading {@code |}-separated parts dropped while it is
   * too wide ("Tram Zone | Demo Theater", then "Demo Theater"), then cut with an ellipsis.
   */
  static String cutPlace(String text, int width) {
    String shorter = text;
    while (width(shorter) > width && shorter.indexOf('|') >= 0) {
      String rest = shorter.substring(shorter.indexOf('|') + 1).strip();
      if (rest.isEmpty()) {
        break;
      }
      shorter = rest;
    }
    return cut(shorter, width);
  }

  static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }

  static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - width(text))) + text;
  }
}
