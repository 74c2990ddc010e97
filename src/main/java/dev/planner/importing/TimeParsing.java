package dev.planner.importing;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** Reads the date-times schedules carry: ISO-8601 with or without an offset, T or a space between. */
public final class TimeParsing {
  private static final DateTimeFormatter LOCAL =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart().appendLiteral('T').optionalEnd()
          .optionalStart().appendLiteral(' ').optionalEnd()
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
          .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
          .toFormatter(Locale.ROOT)
          // STRICT refuses 2024-02-30 instead of quietly reading it as 29 February.
          .withResolverStyle(ResolverStyle.STRICT);

  private TimeParsing() {}

  /**
   * A date-time in the conference's zone: text with an offset or {@code Z} is that instant; text
   * without one is local time in {@code zone} (in a daylight-saving overlap, the earlier offset).
   *
   * @throws DateTimeException when the text is no date-time
   */
  public static ZonedDateTime parse(String text, ZoneId zone) {
    String trimmed = text.trim();
    try {
      return LocalDateTime.parse(trimmed, LOCAL).atZone(zone);
    } catch (DateTimeParseException local) {
      String iso = trimmed.replace(' ', 'T');
      return OffsetDateTime.parse(iso).atZoneSameInstant(zone);
    }
  }

  /** Parses an IANA zone id such as {@code Europe/Paris}; abbreviations are refused. */
  public static ZoneId zone(String text) {
    String trimmed = text.trim();
    if (!trimmed.contains("/") && !trimmed.equals("UTC") && !trimmed.equals("Z")) {
      throw new DateTimeException("not an IANA zone id: " + trimmed);
    }
    return ZoneId.of(trimmed);
  }
}
