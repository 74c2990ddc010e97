package dev.planner.cli;

import dev.planner.importing.ScheduleDiff;
import dev.planner.model.Room;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.Speaker;
import dev.planner.rendering.Column;
import dev.planner.rendering.Listing;
import dev.planner.rendering.OutputFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code planner diff}: what was added, removed, moved, retitled or re-speakered between two schedules. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Compare two versions of a schedule (any supported formats), matching sessions by id or UID, and "
        + "list the sessions removed, added, moved in time or room, retitled and re-speakered.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  planner diff yesterday.ics https://example.sched.com/all.ics --timezone Europe/Amsterdam",
      "  planner diff old.yaml new.yaml --exit-code --quiet || echo 'the schedule changed'"
    })
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier schedule: a file, an http(s) URL, or -.")
  String before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later schedule: a file, an http(s) URL, or -.")
  String after;

  @Option(names = "--exit-code", description = "Exit with 5 when something changed and 0 when nothing did.")
  boolean exitCode;

  @Mixin ScheduleOptions reading;
  @Mixin OutputOptions output;
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    CommandContext context = new CommandContext(spec, common);
    OutputFormat format = output.format(context,
        OutputFormat.records());
    if (before.equals("-") && after.equals("-")) {
      throw context.usage("only one of OLD and NEW can be read from stdin");
    }
    Schedule old = reading.loadFrom(context, before);
    Schedule current = reading.loadFrom(context, after);
    ScheduleDiff diff = ScheduleDiff.between(old, current);
    boolean json = format == OutputFormat.JSON;
    List<Map<String, Object>> records = diff.changes().stream()
        .map(change -> json ? jsonRecord(change, old, current) : record(change)).toList();
    Listing listing = new Listing(List.of(
        Column.left("change", "Change"), Column.left("id", "Id"), Column.title("title", "Title"),
        Column.text("was", "Was"), Column.text("now", "Now")), records);
    output.emit(context, output.listingRenderer(context).render(listing, format));
    if (diff.isEmpty()) {
      context.hint("no changes");
    }
    return exitCode && !diff.isEmpty() ? ExitCodes.CHANGES_FOUND : ExitCodes.OK;
  }

  /**
   * For scripts: {@code was} and {@code now} as objects holding the fields that changed (all five for a
   * session added or removed, null on the side it is missing), times ISO in the conference's zone.
   */
  private static Map<String, Object> jsonRecord(ScheduleDiff.Change change, Schedule old, Schedule current) {
    List<String> fields = switch (change.kind()) {
      case MOVED -> List.of("start", "end", "room");
      case RETITLED -> List.of("title");
      case RESPEAKERED -> List.of("speakers");
      case ADDED, REMOVED -> List.of("start", "end", "room", "title", "speakers");
    };
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("change", change.kind().label());
    record.put("id", change.id().value());
    record.put("title", change.title());
    record.put("was", change.before().map(session -> fields(session, old, fields)).orElse(null));
    record.put("now", change.after().map(session -> fields(session, current, fields)).orElse(null));
    return record;
  }

  private static Map<String, Object> fields(Session session, Schedule schedule, List<String> names) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("start", session.start().withZoneSameInstant(schedule.zone()));
    all.put("end", session.end().withZoneSameInstant(schedule.zone()));
    all.put("room", schedule.venue().room(session.room()).map(Room::name).orElse(session.room().value()));
    all.put("title", session.title());
    all.put("speakers", session.speakers().stream().map(Speaker::name).toList());
    Map<String, Object> chosen = new LinkedHashMap<>();
    names.forEach(name -> chosen.put(name, all.get(name)));
    return chosen;
  }

  private static Map<String, Object> record(ScheduleDiff.Change change) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("change", change.kind().label());
    record.put("id", change.id().value());
    record.put("title", change.title());
    record.put("was", change.was());
    record.put("now", change.now());
    return record;
  }
}
