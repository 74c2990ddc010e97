package dev.planner.importing.frab;

import dev.planner.importing.Format;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.ScheduleReader;
import dev.planner.importing.Source;

/**
 * Reads frab-compatible schedule JSON as pretalx exports it ({@code schedule.conference.days[].rooms}
 * mapping room names to events with {@code date}, {@code start}, {@code duration} and {@code persons}).
 */
public final class FrabJsonReader implements ScheduleReader {
  @Override
  public Format format() {
    return Format.FRAB_JSON;
  }

  @Override
  public boolean recognises(String head) {
    return FrabJsonDocument.looksLikeJsonSchedule(head);
  }

  @Override
  public ReadResult read(Source source, ReadOptions options) {
    return FrabJsonDocument.read(source, options);
  }
}
