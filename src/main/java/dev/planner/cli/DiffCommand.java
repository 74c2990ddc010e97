package dev.planner.cli;

import dev.planner.importing.ScheduleDiff;
import dev.planner.model.Schedule;
import dev.planner.rendering.Column;
import dev.planner.rendering.Listing;
import dev.planner.rendering.ListingRenderer;
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
    List<Map<String, Object>> records = diff.changes().stream().map(DiffCommand::record).toList();
    Listing listing = new Listing(List.of(
        Column.left("change", "Change"), Column.left("id", "Id"), Column.left("title", "Title"),
        Column.left("was", "Was"), Column.left("now", "Now")), records);
    output.emit(context, new ListingRenderer(output.palette(context)).render(listing, format));
    if (diff.isEmpty()) {
      context.hint("no changes");
    }
    return exitCode && !diff.isEmpty() ? ExitCodes.CHANGES_FOUND : ExitCodes.OK;
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
