package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan --now} near midnight: the clock is read in the conference's zone, whatever zone the
 * clock or the machine is in (the build runs this class under several default zones too).
 */
class PlanNowTimeZoneTest {
  private static final String SCHEDULE = """
      conference: Night Conf
      timezone: Europe/Paris
      attendees: 300
      venue:
        rooms:
          - {id: hall, name: Hall, capacity: 200}
          - {id: lab, name: Lab, capacity: 40}
      sessions:
        - {id: evening, title: Evening Talk, start: 2024-03-20T22:00, end: 2024-03-20T22:45, room: hall, type: talk}
        - {id: late, title: Late Night Hack, start: 2024-03-20T23:55, end: 2024-03-21T00:40, room: lab, type: talk}
        - {id: morning, title: Morning Talk, start: 2024-03-21T09:00, end: 2024-03-21T09:45, room: hall, type: talk}
      """;

  @TempDir Path directory;

  private CliRun.Result planAt(String instant, String day) throws IOException {
    Path file = directory.resolve("night.yaml");
    Files.writeString(file, SCHEDULE);
    // The clock's own zone is Auckland's, to show that only the conference's zone counts.
    Clock clock = Clock.fixed(Instant.parse(instant), ZoneId.of("Pacific/Auckland"));
    return CliRun.planner().clock(clock).run("plan", "-s", file.toString(), "--day", day, "--now", "-f", "json");
  }

  @Test
  void tenToMidnightInParisStillPlansTheSessionCrossingMidnight() throws IOException {
    CliRun.Result result = planAt("2024-03-20T22:50:00Z", "2024-03-20");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Late Night Hack").doesNotContain("Evening Talk").doesNotContain("Morning Talk");
  }

  @Test
  void tenPastMidnightInParisIsTheNextDaysRest() throws IOException {
    CliRun.Result result = planAt("2024-03-20T23:10:00Z", "2024-03-21");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Morning Talk").doesNotContain("Late Night Hack").doesNotContain("Evening Talk");
  }
}
