package dev.planner.cli;

import dev.planner.importing.Source;
import dev.planner.importing.SourceLoader;
import dev.planner.importing.SourceUnavailableException;
import dev.planner.model.Schedule;
import dev.planner.planning.DayPlan;
import dev.planner.rendering.IcsPlanWriter;
import dev.planner.rendering.PreviousExport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Day plans as the calendar file that {@code export} and {@code plan --format ics} write: when the
 * target file holds an earlier export, its events keep their revision unless they changed.
 */
final class CalendarFile {
  /** Minutes before the start that the alarm of a session not at risk rings, unless told otherwise. */
  static final int DEFAULT_REMINDER = 10;

  private CalendarFile() {}

  static String render(CommandContext context, Schedule schedule, List<DayPlan> plans, Path target,
      int reminderMinutes, boolean includeBackups) throws IOException {
    if (reminderMinutes < 0) {
      throw context.usage("--reminder must not be negative, was " + reminderMinutes);
    }
    IcsPlanWriter writer = new IcsPlanWriter(schedule.conference(), schedule.zone(), schedule.roomsById(),
        new IcsPlanWriter.Settings(reminderMinutes, includeBackups, context.environment().clock().instant()));
    return writer.write(plans, previous(context, target));
  }

  /** The earlier export in the target file, read under the size cap every input has. */
  private static PreviousExport previous(CommandContext context, Path target) throws SourceUnavailableException {
    if (target == null || !Files.isRegularFile(target)) {
      return PreviousExport.NONE;
    }
    Source earlier = new SourceLoader(context.environment().stdin()).loadFile(target);
    return PreviousExport.parse(new String(earlier.bytes(), StandardCharsets.UTF_8));
  }
}
