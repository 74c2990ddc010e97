package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed's warnings show once per feed, not on every command; the user's own schedule warns every time. */
class FeedWarningsTest {
  private static final String EVENT = "BEGIN:VEVENT\r\nDTSTAMP:20250301T120000Z\r\nDTSTART:%s\r\nDTEND:%s\r\n"
      + "SUMMARY:%s\r\nCATEGORIES:OPERATIONS\r\nLOCATION:Room 2\\, Lisbon\\, Portugal\r\nUID:%s\r\nEND:VEVENT\r\n";

  @TempDir Path directory;

  @Test
  void aZeroLengthEventIsWarnedAboutOnceAndNotOnEveryCommand() throws Exception {
    Path feed = feed("feed.ics", "Sponsored Demo: Nets at Dusk");

    CliRun.Result first = planner().env("XDG_STATE_HOME", state()).run("talks", "--schedule", feed.toString());
    CliRun.Result second = planner().env("XDG_STATE_HOME", state()).run("risk", "--schedule", feed.toString(), "--day", "1");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains(feed + ":").contains("'Sponsored Demo: Nets at Dusk' has no length")
        .contains("1 warning, shown once for this feed; 'planner import " + feed + " >/dev/null' shows it again")
        .doesNotContain("0 errors");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.err()).doesNotContain("no length").doesNotContain("warning");
  }

  @Test
  void importShowsEveryWarningEveryTime() throws Exception {
    Path feed = feed("feed.ics", "Sponsored Demo: Nets at Dusk");
    planner().env("XDG_STATE_HOME", state()).run("talks", "--schedule", feed.toString());

    CliRun.Result imported = planner().env("XDG_STATE_HOME", state()).run("import", feed.toString());

    assertThat(imported.err()).contains("has no length").contains("0 errors, 1 warning");
  }

  @Test
  void aFeedWhoseWarningsChangeIsWarnedAboutAgain() throws Exception {
    Path feed = feed("feed.ics", "Sponsored Demo: Nets at Dusk");
    planner().env("XDG_STATE_HOME", state()).run("talks", "--schedule", feed.toString());
    feed("feed.ics", "Lightning Demo: Tides at Noon");

    CliRun.Result changed = planner().env("XDG_STATE_HOME", state()).run("talks", "--schedule", feed.toString());

    assertThat(changed.err()).contains("'Lightning Demo: Tides at Noon' has no length");
  }

  @Test
  void warningsSilencedByQuietAreShownOnTheNextRun() throws Exception {
    Path feed = feed("feed.ics", "Sponsored Demo: Nets at Dusk");
    CliRun.Result quiet = planner().env("XDG_STATE_HOME", state()).run("talks", "--schedule", feed.toString(), "--quiet");

    CliRun.Result next = planner().env("XDG_STATE_HOME", state()).run("talks", "--schedule", feed.toString());

    assertThat(quiet.err()).isEmpty();
    assertThat(next.err()).contains("has no length");
  }

  @Test
  void theUsersOwnScheduleWarnsOnEveryRunSoItCanBeFixed() throws Exception {
    Path schedule = directory.resolve("mine.yaml");
    Files.writeString(schedule, """
        conference: Mine
        timezone: Europe/Lisbon
        attendees: 300
        website: https://example.org
        venue:
          rooms:
            - {id: r1, name: Room 1, capacity: 100}
        sessions:
          - {id: s1, title: One, start: 2025-06-10T10:00, end: 2025-06-10T10:30, room: r1}
        """);

    CliRun.Result first = planner().env("XDG_STATE_HOME", state()).run("talks", "--schedule", schedule.toString());
    CliRun.Result second = planner().env("XDG_STATE_HOME", state()).run("talks", "--schedule", schedule.toString());

    assertThat(first.err()).contains("unknown key 'website'");
    assertThat(second.err()).contains("unknown key 'website'").contains("0 errors, 1 warning");
  }

  private String state() {
    return directory.resolve("state").toString();
  }

  /** A Sched-shaped feed of one talk and one event that ends when it starts. */
  private Path feed(String name, String zeroLengthTitle) throws Exception {
    String calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Quay Days 2025\r\n"
        + "PRODID:-//Sched.com Quay Days 2025//EN\r\nX-WR-TIMEZONE:UTC\r\n"
        + String.format(EVENT, "20250610T090000Z", "20250610T093000Z", "Knots for Operators - Ada Lovelace\\, Analytical Works",
            "c1000000000000000000000000000001")
        + String.format(EVENT, "20250610T141500Z", "20250610T141500Z", zeroLengthTitle, "c1000000000000000000000000000002")
        + "END:VCALENDAR\r\n";
    Path file = directory.resolve(name);
    Files.writeString(file, calendar);
    return file;
  }
}
