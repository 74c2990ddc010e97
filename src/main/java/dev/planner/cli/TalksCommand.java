package dev.planner.cli;

import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.rendering.Column;
import dev.planner.rendering.Listing;
import dev.planner.rendering.OutputFormat;
import dev.planner.rendering.SessionRecords;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planner talks}: lists the schedule's sessions, filtered by day, track, room or text. */
@Command(
    name = "talks",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "List the schedule's sessions, filtered by day, track, room or text.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  planner talks --day wed --track security",
      "  planner talks --search 'gateway api' --format json | jq -r '.[].title'"
    })
final class TalksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DayOption day;
  @Mixin ScheduleOptions scheduleOptions;
  @Mixin OutputOptions output;
  @Mixin CommonOptions common;

  @Option(names = "--track", paramLabel = "TRACK", description = "Only sessions whose track contains TRACK (any case).")
  String track;

  @Option(names = "--room", paramLabel = "ROOM", description = "Only sessions whose room name or id contains ROOM (any case).")
  String room;

  @Option(names = "--search", paramLabel = "TEXT", description = "Only sessions whose title, abstract, tags or speakers contain TEXT (any case, any accents).")
  String search;

  @Override
  public Integer call() throws Exception {
    CommandContext context = new CommandContext(spec, common);
    OutputFormat format = output.format(context, OutputFormat.records());
    Schedule schedule = scheduleOptions.load(context);
    Optional<LocalDate> onDay = day.resolve(context, schedule);
    Map<RoomId, Room> rooms = schedule.roomsById();
    List<Map<String, Object>> records = new ArrayList<>();
    // Tables show the shortest start of the id that names it; scripts get the whole id.
    boolean shortened = format == OutputFormat.TABLE || format == OutputFormat.MD;
    Map<String, String> shortIds = shortened ? ShortIds.of(schedule) : Map.of();
    for (Session session : schedule.sessions()) {
      Room where = rooms.get(session.room());
      boolean onTheDay = onDay.isEmpty() || session.start().toLocalDate().equals(onDay.get());
      if (onTheDay && matches(session, where)) {
        Map<String, Object> record = SessionRecords.of(session, where);
        if (shortened) {
          record.put("id", shortIds.get(session.id().value()));
        }
        records.add(record);
      }
    }
    Listing listing = new Listing(List.of(
        Column.left("start", "Start"), Column.left("end", "End"), Column.place("room", "Room"),
        Column.text("track", "Track"), Column.left("type", "Type"), Column.title("title", "Title"),
        Column.left("id", "Id")), records);
    output.emit(context, output.listingRenderer(context).render(listing, format));
    return ExitCodes.OK;
  }

  private boolean matches(Session session, Room where) {
    if (track != null && !fold(session.track()).contains(fold(track))) {
      return false;
    }
    if (room != null && !fold(where.name()).contains(fold(room)) && !fold(where.id().value()).contains(fold(room))) {
      return false;
    }
    if (search == null) {
      return true;
    }
    String text = session.title() + " " + session.abstractText() + " " + String.join(" ", session.tags()) + " "
        + session.speakers().stream().map(Object::toString).reduce("", (a, b) -> a + " " + b);
    return fold(text).contains(fold(search));
  }

  /** Lower case without accents, so "securite" finds "Sécurité". */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }
}
