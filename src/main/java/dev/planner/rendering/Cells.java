package dev.planner.rendering;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns record values into the text of a table cell, and measures it as a terminal shows it. */
final class Cells {
  private static final DateTimeFormatter CELL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private Cells() {}

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Cells::text).collect(Collectors.joining("; "));
    }
    if (value instanceof Double number) {
      return Json.decimal(number);
    }
    if (value instanceof ZonedDateTime time) {
      return CELL_TIME.format(time);
    }
    return value.toString();
  }

  /** Width in terminal columns: one per code point, which is right for the text schedules carry. */
  static int width(String text) {
    return text.codePointCount(0, text.length());
  }

  static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }

  static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - width(text))) + text;
  }
}
