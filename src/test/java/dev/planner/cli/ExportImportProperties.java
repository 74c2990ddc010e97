package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planner.importing.ical.IcalScheduleReader;
import dev.planner.importing.RandomSchedules;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.Source;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.rendering.YamlScheduleWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An exported plan read back as iCalendar keeps every primary's title, room and times. */
class ExportImportProperties {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What must survive the trip, times as instants. */
  record Kept(String title, String room, long start, long end) {}

  @Provide
  Arbitrary<Schedule> schedules() {
    return RandomSchedules.schedules();
  }

  @Property(tries = 40)
  void anExportReadBackKeepsEveryPrimary(@ForAll("schedules") Schedule schedule) throws IOException {
    Path directory = Files.createTempDirectory("export-import");
    try {
      Path file = directory.resolve("schedule.yaml");
      Files.writeString(file, new YamlScheduleWriter().write(schedule));
      Path exported = directory.resolve("plan.ics");

      CliRun.Result export = CliRun.planner().run("export", "-s", file.toString(), "--all-days", "-o", exported.toString());
      assertThat(export.exitCode()).as(export.err()).isZero();

      List<Kept> primaries = primaries(file, schedule);
      if (primaries.isEmpty()) {
        // Nothing plannable (only breaks, say): an empty calendar, which no reader calls a schedule.
        assertThat(Files.readString(exported)).doesNotContain("BEGIN:VEVENT");
        return;
      }
      Schedule imported = new IcalScheduleReader()
          .read(new Source("plan.ics", Files.readAllBytes(exported)), ReadOptions.NONE).schedule();
      assertThat(kept(imported)).containsAll(primaries);
    } finally {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static List<Kept> primaries(Path file, Schedule schedule) throws IOException {
    List<Kept> primaries = new ArrayList<>();
    for (var day : schedule.days()) {
      CliRun.Result plan = CliRun.planner().run("plan", "-s", file.toString(), "--day", day.toString(), "-f", "json");
      assertThat(plan.exitCode()).as(plan.err()).isZero();
      for (JsonNode window : JSON.readTree(plan.out()).path("windows")) {
        JsonNode primary = window.path("primary");
        if (primary.isObject()) {
          primaries.add(new Kept(primary.path("title").asText(), primary.path("room").asText(),
              instant(primary.path("start").asText()), instant(primary.path("end").asText())));
        }
      }
    }
    return primaries;
  }

  private static List<Kept> kept(Schedule imported) {
    return imported.sessions().stream().map(session -> new Kept(session.title(), roomName(imported, session),
        seconds(session.start()), seconds(session.end()))).toList();
  }

  private static String roomName(Schedule schedule, Session session) {
    return schedule.venue().room(session.room()).map(room -> room.name()).orElse("");
  }

  private static long instant(String text) {
    return OffsetDateTime.parse(text).toEpochSecond();
  }

  private static long seconds(ZonedDateTime time) {
    return time.toEpochSecond();
  }
}
