package dev.planner.importing;

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
    all.add(new Schedule2Reader());
    all.add(new FrabJsonReader());
    all.add(new YamlScheduleReader());
    return new ScheduleImporter(all);
  }

  public ReadResult read(Source source, Optional<Format> forced, ReadOptions options) {
    ScheduleReader reader = forced.map(this::readerFor).orElseGet(() -> sniff(source));
    return reader.read(source, options);
  }

  /** The reader whose format the content looks like. */
  public ScheduleReader sniff(Source source) {
    String text = source.text();
    String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS));
    return readers.stream()
        .filter(reader -> reader.recognises(head))
        .findFirst()
        .orElseThrow(() -> InvalidInputException.at(source.name(), 0, 0,
            "cannot tell the schedule's format; name it with --from (" + Format.labels() + ")"));
  }

  private ScheduleReader readerFor(Format format) {
    return readers.stream()
        .filter(reader -> reader.format() == format)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no reader for format " + format));
  }
}
