package dev.planner.cli;

import dev.planner.importing.Format;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.ReferenceTablesReader;
import dev.planner.inference.Assumption;
import dev.planner.inference.ScheduleInference;
import dev.planner.importing.RoomOverlay;
import dev.planner.importing.ScheduleImporter;
import dev.planner.importing.ScheduleReader;
import dev.planner.importing.Source;
import dev.planner.importing.SourceLoader;
import dev.planner.importing.SourceUnavailableException;
import dev.planner.importing.TimeParsing;
import dev.planner.model.Room;
import dev.planner.model.Schedule;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/** The options that choose and shape the schedule a command reads. */
public final class ScheduleOptions {
  @Option(names = {"-s", "--schedule"}, paramLabel = "FILE|URL|-",
      description = "Schedule to read: a file, an http(s) URL, or - for stdin, in any supported format. "
          + "Default: $PLANNER_SCHEDULE, else the bundled KubeCon EU 2024 schedule.")
  String schedule;

  @Option(names = "--from", paramLabel = "FEED_FORMAT", completionCandidates = CompletionValues.ScheduleFormats.class,
      description = "Read the schedule as this format instead of guessing: yaml, ical, frab-xml, frab-json, schedule2, sessionize, cfpdev.")
  String from;

  @Option(names = "--timezone", paramLabel = "ZONE",
      description = "The conference's IANA time zone (e.g. Europe/Paris), for feeds that do not say.")
  String timezone;

  @Option(names = "--attendees", paramLabel = "N", description = "Expected number of attendees, for feeds that do not say.")
  Integer attendees;

  @Option(names = "--rooms", paramLabel = "FILE",
      description = "Room capacities and levels to lay over the schedule's rooms, matched by name: "
          + "CSV name,capacity[,level[,source]] or a YAML list. Capacities count as estimates unless a source says otherwise.")
  String rooms;

  /** Whether a feed's warnings show every time (for import) rather than once per feed. */
  private boolean everyWarning;

  /** What inference assumed about the schedule last read, for commands that explain a forecast. */
  private List<Assumption> assumptions = List.of();

  List<Assumption> assumptions() {
    return assumptions;
  }

  /** Shows a feed's warnings on every read, not once per feed: for commands that take the feed as a whole. */
  void warnEveryTime() {
    everyWarning = true;
  }

  /** Reads the schedule, printing its warnings on stderr. */
  Schedule load(CommandContext context) throws SourceUnavailableException {
    SourceLoader loader = new SourceLoader(context.environment().stdin());
    Optional<String> location = schedule != null ? Optional.of(schedule) : context.environment().variable("PLANNER_SCHEDULE");
    if (location.isEmpty() && from == null && timezone == null && attendees == null) {
      Optional<Schedule> snapshot = loader.bundledSnapshot();
      if (snapshot.isPresent()) {
        return overlay(context, loader, snapshot.get());
      }
    }
    Source source = location.isPresent() ? loader.load(location.get()) : loader.bundled();
    return shape(context, loader, source);
  }

  /** Reads the schedule at a location named by a command's own argument, with these options. */
  Schedule loadFrom(CommandContext context, String location) throws SourceUnavailableException {
    if (schedule != null) {
      throw context.usage("--schedule is not used by this command: name the schedules as arguments");
    }
    SourceLoader loader = new SourceLoader(context.environment().stdin());
    return shape(context, loader, loader.load(location));
  }

  private Schedule shape(CommandContext context, SourceLoader loader, Source source) throws SourceUnavailableException {
    ScheduleReader reader = ScheduleImporter.standard().readerFor(source, format(context));
    ReadResult result = reader.read(source, readOptions(context));
    warn(context, reader.format(), source, result);
    Schedule overlaid = overlay(context, loader, result.schedule());
    ScheduleInference.Result inferred = new ScheduleInference(ReferenceTablesReader.bundled())
        .infer(overlaid, result.clues(), new ScheduleInference.Given(timezone != null, attendees != null));
    for (String warning : inferred.warnings()) {
      context.hint(warning);
    }
    for (Assumption assumption : inferred.assumptions()) {
      context.hint(assumption.line());
    }
    assumptions = inferred.assumptions();
    return inferred.schedule();
  }

  /**
   * A schedule of the user's own (our YAML) is warned about on every read, as a compiler would: the
   * user can fix it. Someone else's feed is warned about once, until its warnings change.
   */
  private void warn(CommandContext context, Format read, Source source, ReadResult result) {
    if (result.warnings().isEmpty()) {
      return;
    }
    if (everyWarning || read == Format.YAML) {
      context.warnings(result.warnings());
    } else {
      FeedWarnings.showOnce(context, source.name(), result.warnings());
    }
  }

  private Schedule overlay(CommandContext context, SourceLoader loader, Schedule schedule) throws SourceUnavailableException {
    if (rooms == null) {
      return schedule;
    }
    RoomOverlay.Result overlaid = RoomOverlay.read(loader.load(rooms)).apply(schedule);
    context.warnings(overlaid.warnings());
    if (!overlaid.withoutCapacity().isEmpty()) {
      context.hint(overlaid.withoutCapacity().size() + " rooms have no capacity in " + rooms + ": "
          + String.join(", ", overlaid.withoutCapacity().stream().map(Room::name).toList()));
    }
    return overlaid.schedule();
  }

  private Optional<Format> format(CommandContext context) {
    if (from == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Format.fromLabel(from));
    } catch (IllegalArgumentException e) {
      throw context.usage("--from: " + e.getMessage());
    }
  }

  private ReadOptions readOptions(CommandContext context) {
    Optional<ZoneId> zone = Optional.empty();
    if (timezone != null) {
      try {
        zone = Optional.of(TimeParsing.zone(timezone));
      } catch (DateTimeException e) {
        throw context.usage("--timezone: unknown time zone '" + timezone + "'; use an IANA name such as Europe/Paris");
      }
    }
    if (attendees != null && attendees <= 0) {
      throw context.usage("--attendees must be a positive number, was " + attendees);
    }
    return new ReadOptions(zone, attendees == null ? OptionalInt.empty() : OptionalInt.of(attendees));
  }
}
