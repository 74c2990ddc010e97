package dev.planner.cli;

import dev.planner.model.Room;
import dev.planner.model.Schedule;
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
import picocli.CommandLine.Spec;

/** {@code planner rooms}: the venue's rooms with capacity, where it comes from, and level. */
@Command(
    name = "rooms",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "List the venue's rooms with their capacity, where the capacity comes from, and their level.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  planner rooms",
      "  planner rooms --format json | jq -r '.[] | select(.capacitySource == \"default\") | .name'"
    })
final class RoomsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ScheduleOptions scheduleOptions;
  @Mixin OutputOptions output;
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    CommandContext context = new CommandContext(spec, common);
    OutputFormat format = output.format(context, OutputFormat.records());
    Schedule schedule = scheduleOptions.load(context);
    List<Map<String, Object>> records = schedule.venue().rooms().stream().map(RoomsCommand::record).toList();
    Listing listing = new Listing(List.of(
        Column.left("id", "Id"), Column.place("name", "Name"), Column.right("capacity", "Capacity"),
        Column.left("capacitySource", "Source"), new Column("range", "Likely", false, Column.Fit.OPTIONAL), Column.left("level", "Level")), records);
    output.emit(context, output.listingRenderer(context).render(listing, format));
    return ExitCodes.OK;
  }

  private static Map<String, Object> record(Room room) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", room.id().value());
    record.put("name", room.name());
    record.put("capacity", room.capacity());
    record.put("capacitySource", room.capacitySource().label());
    record.put("capacityLow", room.capacityLow());
    record.put("capacityHigh", room.capacityHigh());
    record.put("range", room.capacityDoubt() > 0 ? room.capacityLow() + "–" + room.capacityHigh() : "");
    record.put("level", room.level());
    record.put("building", room.building());
    return record;
  }
}
