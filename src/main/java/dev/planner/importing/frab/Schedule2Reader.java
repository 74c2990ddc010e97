package dev.planner.importing.frab;

import dev.planner.importing.Format;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.ScheduleReader;
import dev.planner.importing.Source;

import java.util.regex.Pattern;

/**
 * Reads c3voc's schedule2 JSON: a flat {@code schedule.events} list (or frab-style days) and
 * {@code conference.rooms} whose {@code capacity} becomes an {@code official} seat count.
 */
public final class Schedule2Reader implements ScheduleReader {
  /** The marks of the format, compiled when a JSON document is first looked at: reading a calendar needs none. */
  private static final class Marks {
    /** frab JSON maps room names to events inside each day; schedule2 never has that shape. */
    static final Pattern FRAB_ROOM_MAP = Pattern.compile("\"rooms\"\\s*:\\s*\\{");
    static final Pattern SCHEDULE2_MARK = Pattern.compile("schema2|schedule2|\"participants\"\\s*:");

    private Marks() {}
  }

  @Override
  public Format format() {
    return Format.SCHEDULE2;
  }

  @Override
  public boolean recognises(String head) {
    return FrabJsonDocument.looksLikeJsonSchedule(head)
        && Marks.SCHEDULE2_MARK.matcher(head).find()
        && !Marks.FRAB_ROOM_MAP.matcher(head).find();
  }

  @Override
  public ReadResult read(Source source, ReadOptions options) {
    return FrabJsonDocument.read(source, options);
  }
}
