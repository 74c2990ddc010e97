package dev.planner.importing;

import dev.planner.importing.cfpdev.CfpDevReader;
import dev.planner.importing.frab.FrabJsonReader;
import dev.planner.importing.frab.FrabXmlReader;
import dev.planner.importing.frab.Schedule2Reader;
import dev.planner.importing.ical.IcalScheduleReader;
import dev.planner.importing.sessionize.SessionizeReader;
import dev.planner.importing.yaml.YamlScheduleReader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point for reading schedules: picks the reader by {@code --from} or by sniffing the
 * content, and returns the schedule with its warnings.
 */
public final class ScheduleImporter {
  private static final int SNIFF_CHARS = 8192;

  private final List<ScheduleReader> readers;

  public ScheduleImporter(List<ScheduleReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** An importer with every reader the planner has, the most particular formats first for sniffing. */
  public static ScheduleImporter standard() {
    List<ScheduleReader> all = new ArrayList<>();
    all.add(new IcalScheduleReader());
    all.add(new FrabXmlReader());
    all.add(new SessionizeReader());
    all.add(new CfpDevReader());
    all.add(new Schedule2Reader());
    all.add(new FrabJsonReader());
    all.add(new YamlScheduleReader());
    return new ScheduleImporter(all);
  }

  public ReadResult read(Source source, Optional<Format> forced, ReadOptions options) {
    return readerFor(source, forced).read(source, options);
  }

  /** The reader of the format named, or else of the format the content looks like. */
  public ScheduleReader readerFor(Source source, Optional<Format> forced) {
    return forced.isPresent() ? readerFor(forced.get()) : sniff(source);
  }

  /** The reader whose format the content looks like. */
  public ScheduleReader sniff(Source source) {
    if (!readers.isEmpty() && readers.get(0) instanceof IcalScheduleReader calendar && calendar.recognises(start(source))) {
      return calendar;
    }
    String head = head(source);
    for (ScheduleReader reader : readers) {
      if (reader.recognises(head)) {
        return reader;
      }
    }
    throw InvalidInputException.at(source.name(), 0, 0,
        "cannot tell the schedule's format; name it with --from (" + Format.labels() + ")");
  }

  /**
   * The first bytes of the content as text, leniently, without a byte order mark. A calendar is told
   * by its first line, which this holds whatever the rest of the file is: a large feed is then not
   * decoded here as well as by its reader, and a file that is not UTF-8 is the reader's to refuse.
   */
  private static String start(Source source) {
    byte[] bytes = source.bytes();
    int offset = source.hasUtf8Bom() ? 3 : 0;
    return new String(bytes, offset, Math.min(bytes.length - offset, SNIFF_CHARS), StandardCharsets.UTF_8);
  }

  /**
   * The first characters of the content. iCalendar folds lines at octets, which may split a UTF-8
   * character until its reader unfolds the bytes, so such a file is told by a lenient look at its head.
   */
  private String head(Source source) {
    try {
      String text = source.text();
      return text.substring(0, Math.min(text.length(), SNIFF_CHARS));
    } catch (InvalidInputException notUtf8) {
      String lenient = new String(source.bytes(), 0, Math.min(source.bytes().length, SNIFF_CHARS),
          StandardCharsets.UTF_8).replace("\uFEFF", "");
      if (readers.stream().anyMatch(reader -> reader.format() == Format.ICAL && reader.recognises(lenient))) {
        return lenient;
      }
      throw notUtf8;
    }
  }

  private ScheduleReader readerFor(Format format) {
    for (ScheduleReader reader : readers) {
      if (reader.format() == format) {
        return reader;
      }
    }
    throw new IllegalArgumentException("no reader for format " + format);
  }
}
