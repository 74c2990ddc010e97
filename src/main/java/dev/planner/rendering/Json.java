package dev.planner.rendering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;

/**
 * Writes values built of maps, lists, text, numbers, booleans and times as pretty JSON: times as
 * ISO-8601 with offset, decimals rounded to four places so output is stable across platforms.
 *
 * <p>The layout is Jackson's pretty printer with two-space indents (a test holds the two to the
 * same bytes), written by hand: a command prints one document and exits, and loading and warming
 * a JSON library would cost it more than the writing.
 */
public final class Json {
  private static final String INDENT = "  ";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Json() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder(4096);
    writeValue(out, value, 0);
    return out.append('\n').toString();
  }

  private static void writeValue(StringBuilder out, Object value, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{ }");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "" : ",");
        first = false;
        newLine(out, depth + 1);
        quoted(out, String.valueOf(entry.getKey()));
        out.append(" : ");
        writeValue(out, entry.getValue(), depth + 1);
      }
      newLine(out, depth);
      out.append('}');
    } else if (value instanceof Collection<?> list) {
      if (list.isEmpty()) {
        out.append("[ ]");
        return;
      }
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        out.append(first ? "" : ",");
        first = false;
        newLine(out, depth + 1);
        writeValue(out, item, depth + 1);
      }
      newLine(out, depth);
      out.append(']');
    } else if (value instanceof Boolean bool) {
      out.append(bool.booleanValue());
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      out.append(rounded(((Number) value).doubleValue()).toString());
    } else if (value instanceof ZonedDateTime time) {
      quoted(out, isoOffset(time));
    } else if (value instanceof LocalDate date) {
      quoted(out, date.toString());
    } else {
      quoted(out, value.toString());
    }
  }

  private static void newLine(StringBuilder out, int depth) {
    out.append('\n');
    for (int level = 0; level < depth; level++) {
      out.append(INDENT);
    }
  }

  /** Text in quotes: quote and backslash escaped, control characters as {@code \n} or {@code \u0001}. */
  private static void quoted(StringBuilder out, String text) {
    out.append('"');
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, copied, i).append('\\');
      switch (c) {
        case '"', '\\' -> out.append(c);
        case '\b' -> out.append('b');
        case '\t' -> out.append('t');
        case '\n' -> out.append('n');
        case '\f' -> out.append('f');
        case '\r' -> out.append('r');
        default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
      copied = i + 1;
    }
    out.append(text, copied, text.length()).append('"');
  }

  /**
   * As {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}: {@code 2026-03-24T10:15:00+01:00}, or
   * {@code Z} for UTC. A time of whole seconds in years 0 to 9999 is written by hand, any other by
   * the formatter.
   */
  private static String isoOffset(ZonedDateTime time) {
    LocalDateTime local = time.toLocalDateTime();
    if (local.getNano() != 0 || local.getYear() < 0 || local.getYear() > 9999) {
      return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    char[] text = new char[19];
    digits(text, 0, local.getYear(), 4);
    text[4] = '-';
    digits(text, 5, local.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, local.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, local.getHour(), 2);
    text[13] = ':';
    digits(text, 14, local.getMinute(), 2);
    text[16] = ':';
    digits(text, 17, local.getSecond(), 2);
    return new String(text) + time.getOffset().getId();
  }

  private static void digits(char[] text, int at, int number, int width) {
    int rest = number;
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
  }

  private static BigDecimal rounded(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }

  /** A decimal as text with at most four places, the way JSON shows it. */
  static String decimal(double value) {
    return rounded(value).toPlainString();
  }
}
