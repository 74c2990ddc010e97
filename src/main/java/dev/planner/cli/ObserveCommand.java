package dev.planner.cli;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.Source;
import dev.planner.importing.SourceLoader;
import dev.planner.importing.userfiles.ObservationLogReader;
import dev.planner.importing.userfiles.RoomStatusReader;
import dev.planner.model.Room;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SiteObservation;
import dev.planner.model.SiteObservation.Kind;
import dev.planner.rendering.ObservationLogWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code planner observe}: note what you see at the doors, and share it (docs/on-site.md). */
@Command(
    name = "observe",
    mixinStandardHelpOptions = true,
    description = "Note what you see on site (a full room, an open one, a head count, a queue) in the conference's "
        + "observations log; export it, or merge a friend's log or a saved room-status feed into it.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  planner observe full \"Room C\"",
      "  planner observe count wed-1100-s05 230 --at 11:10",
      "  planner observe export -o mine.tsv && planner observe merge friend.tsv status-1430.json"
    },
    subcommands = {
      ObserveCommand.Full.class, ObserveCommand.Open.class, ObserveCommand.Count.class, ObserveCommand.Queue.class,
      ObserveCommand.Export.class, ObserveCommand.Merge.class})
final class ObserveCommand extends CommandGroup {
  /** Who observes when neither --by nor $USER says. */
  static final String ANONYMOUS = "someone";
  /** Who stands behind observations taken from a room-status feed without --by. */
  static final String ROOM_STATUS = "room-status";

  /** When and by whom an observation is made, and the schedule it is about. */
  abstract static class Noting implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DayOption day;
    @Mixin ScheduleOptions scheduleOptions;
    @Mixin CommonOptions common;

    @Option(names = "--at", paramLabel = "HH:MM", description = "When it was seen (default: now), on --day or today.")
    String at;

    @Option(names = "--by", paramLabel = "NAME", description = "Who saw it (default: $USER).")
    String by;

    /** The moment named by --at (and --day), else now; minutes only, so the same sight noted twice is one line. */
    ZonedDateTime moment(CommandContext context, Schedule schedule) {
      ZonedDateTime now = ZonedDateTime.now(context.environment().clock()).withZoneSameInstant(schedule.zone());
      if (at == null) {
        if (day.day != null) {
          throw context.usage("--day needs --at: when on that day was it seen?");
        }
        return conferenceDay(context, schedule, now.toLocalDate()).atTime(now.toLocalTime())
            .atZone(schedule.zone()).truncatedTo(ChronoUnit.MINUTES);
      }
      LocalDate date = day.day != null ? day.required(context, schedule) : conferenceDay(context, schedule, now.toLocalDate());
      try {
        return date.atTime(LocalTime.parse(at.strip())).atZone(schedule.zone()).truncatedTo(ChronoUnit.MINUTES);
      } catch (DateTimeException e) {
        throw context.usage("--at takes a time such as 14:05, not '" + at + "'");
      }
    }

    private static LocalDate conferenceDay(CommandContext context, Schedule schedule, LocalDate today) {
      if (!schedule.days().contains(today)) {
        throw context.usage("today (" + today + ") is not a day of " + schedule.conference() + ": give --day and --at");
      }
      return today;
    }

    String observer(CommandContext context, String otherwise) {
      String name = by != null ? by : context.environment().variable("USER").orElse(otherwise);
      String cleaned = name.replaceAll("[\\t\\r\\n]+", " ").strip();
      if (cleaned.isEmpty()) {
        throw context.usage("--by needs a name");
      }
      return cleaned;
    }
  }

  /** One thing seen at one door, appended to the log. */
  abstract static class Sight extends Noting {
    abstract Kind kind();

    abstract String target();

    OptionalInt people(CommandContext context) {
      return OptionalInt.empty();
    }

    @Override
    public Integer call() throws Exception {
      CommandContext context = new CommandContext(spec, common);
      OptionalInt people = people(context);
      Schedule schedule = scheduleOptions.load(context);
      ZonedDateTime when = moment(context, schedule);
      SiteLookup.Target target = SiteLookup.find(schedule, target(), when)
          .orElseThrow(() -> context.usage("'" + target() + "' is neither a session id nor a room of this schedule"));
      if (kind().counts() && target.session().isEmpty()) {
        throw context.usage("nothing runs in " + target.room().name() + " at " + when.toLocalTime()
            + ": name the session by its id");
      }
      SiteObservation seen = new SiteObservation(when, kind(), target.room().id(), target.session().map(Session::id),
          people, observer(context, ANONYMOUS));
      ObservationLog log = ObservationLog.of(context.environment(), schedule);
      int added = log.add(List.of(seen));
      context.out().println(ObservationLogWriter.line(seen));
      context.out().flush();
      context.hint((added == 0 ? "already noted in " : "noted in ") + log.file()
          + target.session().map(session -> " (" + session.title() + ")").orElse(""));
      return ExitCodes.OK;
    }
  }

  /** Whether a door turns people away, at a room or a session. */
  abstract static class AtTheDoor extends Sight {
    @Parameters(index = "0", paramLabel = "ROOM|ID", description = "The room, by name or id, or the session, by id.")
    String target;

    @Override
    String target() {
      return target;
    }
  }

  @Command(name = "full", mixinStandardHelpOptions = true, sortOptions = false,
      description = "A room (name or id) or session (id) is full: people are turned away.")
  static final class Full extends AtTheDoor {
    @Override
    Kind kind() {
      return Kind.FULL;
    }
  }

  @Command(name = "open", mixinStandardHelpOptions = true, sortOptions = false,
      description = "A room (name or id) or session (id) lets people in again.")
  static final class Open extends AtTheDoor {
    @Override
    Kind kind() {
      return Kind.OPEN;
    }
  }

  /** A number of people at a session. */
  abstract static class Counted extends Sight {
    @Parameters(index = "0", paramLabel = "ID", description = "The session, by id (or its room, by name or id).")
    String target;

    @Parameters(index = "1", paramLabel = "N", description = "How many people.")
    int people;

    @Override
    String target() {
      return target;
    }

    @Override
    OptionalInt people(CommandContext context) {
      if (people < 0) {
        throw context.usage("the number of people must not be negative, was " + people);
      }
      return OptionalInt.of(people);
    }
  }

  @Command(name = "count", mixinStandardHelpOptions = true, sortOptions = false,
      description = "How many people are in the room of a session.")
  static final class Count extends Counted {
    @Override
    Kind kind() {
      return Kind.COUNT;
    }
  }

  @Command(name = "queue", mixinStandardHelpOptions = true, sortOptions = false,
      description = "How many people are waiting outside the room of a session (0: no queue).")
  static final class Queue extends Counted {
    @Override
    Kind kind() {
      return Kind.QUEUE;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Print the conference's observations log (or write it to a file), to share it.")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DayOption day;
    @Mixin ScheduleOptions scheduleOptions;
    @Mixin CommonOptions common;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (replaced whole) instead of stdout.")
    Path output;

    @Override
    public Integer call() throws Exception {
      CommandContext context = new CommandContext(spec, common);
      Schedule schedule = scheduleOptions.load(context);
      Optional<LocalDate> onDay = day.resolve(context, schedule);
      ObservationLog log = ObservationLog.of(context.environment(), schedule);
      List<SiteObservation> seen = onDay.isPresent() ? log.on(onDay.get()) : log.read();
      if (seen.isEmpty()) {
        context.hint("no observations in " + log.file() + (onDay.isPresent() ? " on " + onDay.get() : ""));
      }
      OutputOptions.emit(context, output, ObservationLogWriter.write(seen));
      return ExitCodes.OK;
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Add other observations to the conference's log, each once: a friend's log (as export writes it) "
          + "or a saved room-status feed ([{roomname, state}], state 1 or 2 full, 0 open).",
          "A feed's observations are dated --at, else the file's modification time, and made --by NAME, "
              + "else '" + ROOM_STATUS + "'; a log keeps its own times and observers."})
  static final class Merge extends Noting {
    @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "Logs or room-status feeds to merge.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      CommandContext context = new CommandContext(spec, common);
      Schedule schedule = scheduleOptions.load(context);
      ObservationLog log = ObservationLog.of(context.environment(), schedule);
      SourceLoader loader = new SourceLoader(context.environment().stdin());
      List<SiteObservation> incoming = new ArrayList<>();
      for (String location : files) {
        Source source = loader.load(location);
        incoming.addAll(ObservationLogReader.isLog(source.text())
            ? known(context, schedule, log.parse(source), location)
            : feed(context, schedule, source, location));
      }
      int added = log.add(incoming);
      context.hint("merged " + added + " new observations into " + log.file() + " ("
          + (incoming.size() - added) + " already there)");
      return ExitCodes.OK;
    }

    /** A log's observations of rooms this schedule has; others are left out with a hint. */
    private static List<SiteObservation> known(CommandContext context, Schedule schedule, List<SiteObservation> seen,
        String location) {
      List<SiteObservation> kept = seen.stream()
          .filter(observation -> schedule.venue().room(observation.room()).isPresent())
          .filter(observation -> observation.session().map(id -> schedule.session(id).isPresent()).orElse(true))
          .toList();
      if (kept.size() < seen.size()) {
        context.hint(location + ": " + (seen.size() - kept.size())
            + " observations name rooms or sessions this schedule does not have; left out");
      }
      return kept;
    }

    /** A room-status snapshot as observations: full (1, 2) or open (0); unknown (-1) says nothing. */
    private List<SiteObservation> feed(CommandContext context, Schedule schedule, Source source, String location)
        throws IOException {
      if (!source.text().strip().startsWith("[")) {
        Diagnostics diagnostics = new Diagnostics(source.name());
        diagnostics.error(1, 1, "neither an observations log (first line '" + ObservationLogReader.HEADER
            + "') nor a room-status feed ([{roomname, state}])");
        throw diagnostics.failure();
      }
      List<RoomStatusReader.RoomStatus> statuses = new RoomStatusReader().read(source);
      ZonedDateTime when = at != null ? moment(context, schedule) : savedAt(context, schedule, location);
      String observer = by != null ? observer(context, ROOM_STATUS) : ROOM_STATUS;
      List<SiteObservation> seen = new ArrayList<>();
      for (RoomStatusReader.RoomStatus status : statuses) {
        Optional<Room> room = schedule.venue().findByName(status.roomName());
        if (room.isEmpty()) {
          context.hint(location + ": '" + status.roomName() + "' is not a room of this schedule; left out");
        } else if (status.state() >= 0) {
          seen.add(new SiteObservation(when, status.isFull() ? Kind.FULL : Kind.OPEN, room.get().id(),
              SiteLookup.sessionIn(schedule, room.get(), when).map(Session::id), OptionalInt.empty(), observer));
        }
      }
      return seen;
    }

    /** When a feed was saved: its file's modification time, or now for a feed fetched now. */
    private ZonedDateTime savedAt(CommandContext context, Schedule schedule, String location) throws IOException {
      Path path = Path.of(location);
      ZonedDateTime saved = location.contains("://") || location.equals("-") || !Files.isRegularFile(path)
          ? ZonedDateTime.now(context.environment().clock())
          : Files.getLastModifiedTime(path).toInstant().atZone(schedule.zone());
      return saved.withZoneSameInstant(schedule.zone()).truncatedTo(ChronoUnit.MINUTES);
    }
  }
}
