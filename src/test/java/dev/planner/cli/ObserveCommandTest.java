package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.importing.userfiles.ObservationLogReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObserveCommandTest {
  private static final String LOG_NAME = "kubecon-cloudnativecon-europe-2024.tsv";

  @TempDir Path state;

  private CliRun planner() {
    return CliRun.planner().env("XDG_STATE_HOME", state.toString()).env("USER", "ana");
  }

  private Path log() {
    return state.resolve("planner/observations/" + LOG_NAME);
  }

  @Test
  void fullByRoomNameAtATimeNotesTheSessionThatRoomHoldsThen() throws Exception {
    CliRun.Result result = planner().run("observe", "full", "room c", "--day", "wed", "--at", "11:05");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo("2024-03-20T11:05+01:00\tfull\troom-c\twed-1100-room-c\t\tana\n");
    assertThat(result.err()).isEqualTo("planner: noted in " + log()
        + " (LLM Gateways: Rate Limits, Fallbacks and Cost Control)\n");
    assertThat(Files.readString(log())).isEqualTo(ObservationLogReader.HEADER + "\n" + result.out());
  }

  @Test
  void withoutAtTheObservationIsMadeNowByTheClockAndTodayIsTheDay() throws Exception {
    CliRun.Result result = planner().clock(Clock.fixed(Instant.parse("2024-03-20T10:52:31Z"), ZoneId.of("UTC")))
        .run("observe", "queue", "wed-1145-s04", "40", "--by", "bea");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo("2024-03-20T11:52+01:00\tqueue\ts04\twed-1145-s04\t40\tbea\n");
  }

  @Test
  void aRoomSeenBeforeItsNextTalkIsAboutThatTalk() {
    CliRun.Result result = planner().run("observe", "full", "N03", "--day", "wed", "--at", "14:55");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo("2024-03-20T14:55+01:00\tfull\tn03\twed-1500-n03\t\tana\n");
  }

  @Test
  void everyObservationIsKeptInTimeOrderAndTheSameOneTwiceIsOneLine() throws Exception {
    planner().run("observe", "open", "room-c", "--day", "wed", "--at", "11:20");
    planner().run("observe", "full", "wed-1100-room-c", "--day", "wed", "--at", "11:05");
    planner().run("observe", "count", "wed-1100-s05", "230", "--day", "wed", "--at", "11:10");
    CliRun.Result again = planner().run("observe", "open", "Room C", "--day", "wed", "--at", "11:20");

    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).startsWith("planner: already noted in ");
    assertThat(Files.readAllLines(log())).containsExactly(
        ObservationLogReader.HEADER,
        "2024-03-20T11:05+01:00\tfull\troom-c\twed-1100-room-c\t\tana",
        "2024-03-20T11:10+01:00\tcount\ts05\twed-1100-s05\t230\tana",
        "2024-03-20T11:20+01:00\topen\troom-c\twed-1100-room-c\t\tana");
  }

  @Test
  void withoutXdgStateHomeTheLogLivesUnderTheHome(@TempDir Path home) {
    CliRun.Result result = CliRun.planner().home(home).run("observe", "full", "room-a", "--day", "thu", "--at", "11:00");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(home.resolve(".local/state/planner/observations/" + LOG_NAME)).exists();
    assertThat(result.out()).endsWith("\tsomeone\n");
  }

  @Test
  void mistakesAreUsageErrorsAndLeaveNoLog() {
    assertThat(planner().run("observe", "full", "Room Z", "--day", "wed", "--at", "11:00"))
        .satisfies(result -> {
          assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
          assertThat(result.err()).isEqualTo("planner: 'Room Z' is neither a session id nor a room of this schedule\n");
        });
    assertThat(planner().run("observe", "full", "room-c", "--day", "wed").err())
        .isEqualTo("planner: --day needs --at: when on that day was it seen?\n");
    assertThat(planner().run("observe", "full", "room-c", "--at", "25:00").err())
        .isEqualTo("planner: --at takes a time such as 14:05, not '25:00'\n");
    assertThat(planner().run("observe", "count", "room-c", "90", "--day", "wed", "--at", "08:00").err())
        .isEqualTo("planner: nothing runs in Pavilion 7 | Level 7.1 | Room C at 08:00: name the session by its id\n");
    assertThat(planner().run("observe", "count", "wed-1100-s05", "-3", "--day", "wed", "--at", "11:00").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    CliRun.Result notToday = planner().clock(Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneId.of("UTC")))
        .run("observe", "full", "room-c");
    assertThat(notToday.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(notToday.err()).contains("today (2026-01-05) is not a day of KubeCon + CloudNativeCon Europe 2024: give --day and --at");
    assertThat(log()).doesNotExist();
  }

  @Test
  void aDamagedLogIsInvalidInputAndIsNotOverwritten() throws Exception {
    Files.createDirectories(log().getParent());
    String damaged = ObservationLogReader.HEADER + "\n2024-03-20T11:05+01:00\tfull\troom-c\n";
    Files.writeString(log(), damaged);

    CliRun.Result result = planner().run("observe", "open", "room-c", "--day", "wed", "--at", "11:20");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains(log() + ":2:1: error: expected 6 tab-separated cells");
    assertThat(Files.readString(log())).isEqualTo(damaged);
  }

  @Test
  void exportPrintsTheLogOrOneDayOfItAndWritesAFile(@TempDir Path directory) throws Exception {
    planner().run("observe", "full", "room-c", "--day", "wed", "--at", "11:05");
    planner().run("observe", "full", "room-a", "--day", "thu", "--at", "11:05");

    CliRun.Result all = planner().run("observe", "export");
    CliRun.Result wednesday = planner().run("observe", "export", "--day", "wed");
    Path file = directory.resolve("mine.tsv");
    CliRun.Result written = planner().run("observe", "export", "-o", file.toString());

    assertThat(all.exitCode()).isZero();
    assertThat(all.out()).isEqualTo(Files.readString(log()));
    assertThat(wednesday.out()).contains("room-c").doesNotContain("room-a");
    assertThat(written.out()).isEmpty();
    assertThat(written.err()).isEqualTo("planner: wrote " + file + "\n");
    assertThat(file).hasContent(all.out().strip());
  }

  @Test
  void exportOfNoLogIsTheHeaderAndAHint() {
    CliRun.Result result = planner().run("observe", "export");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(ObservationLogReader.HEADER + "\n");
    assertThat(result.err()).startsWith("planner: no observations in ");
  }

  @Test
  void mergingAFriendsLogKeepsWhoSawWhatAndMergingTwiceChangesNothing(@TempDir Path directory) throws Exception {
    planner().run("observe", "full", "room-c", "--day", "wed", "--at", "11:05");
    Path friend = Files.writeString(directory.resolve("friend.tsv"), ObservationLogReader.HEADER + "\n"
        + "2024-03-20T11:05+01:00\tfull\troom-c\twed-1100-room-c\t\tana\n"
        + "2024-03-20T11:07+01:00\tcount\troom-b\twed-1100-room-b\t400\tbruno\n"
        + "2024-03-20T11:08+01:00\tfull\tnowhere\t\t\tbruno\n");

    CliRun.Result first = planner().run("observe", "merge", friend.toString());
    String once = Files.readString(log());
    CliRun.Result second = planner().run("observe", "merge", friend.toString());

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).isEmpty();
    assertThat(first.err()).contains(friend + ": 1 observations name rooms or sessions this schedule does not have; left out",
        "merged 1 new observations into " + log() + " (1 already there)");
    assertThat(once).contains("\t400\tbruno\n", "\tana\n").doesNotContain("nowhere");
    assertThat(second.err()).contains("merged 0 new observations");
    assertThat(Files.readString(log())).isEqualTo(once);
  }

  @Test
  void aSavedRoomStatusFeedIsDatedByItsFileAndCountsAsTheFeedsObservations(@TempDir Path directory) throws Exception {
    Path feed = Files.writeString(directory.resolve("status-1110.json"),
        "[{\"roomname\": \"Pavilion 7 | Level 7.1 | Room C\", \"state\": \"1\"}, {\"roomname\": \"room b\", \"state\": 0},"
            + " {\"roomname\": \"room e\", \"state\": -1}, {\"roomname\": \"Janson\", \"state\": 1}]");
    Files.setLastModifiedTime(feed, FileTime.from(Instant.parse("2024-03-20T10:10:00Z")));

    CliRun.Result result = planner().run("observe", "merge", feed.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("'Janson' is not a room of this schedule; left out", "merged 2 new observations");
    assertThat(Files.readAllLines(log())).containsExactly(ObservationLogReader.HEADER,
        "2024-03-20T11:10+01:00\tfull\troom-c\twed-1100-room-c\t\troom-status",
        "2024-03-20T11:10+01:00\topen\troom-b\twed-1100-room-b\t\troom-status");
    CliRun.Result dated = planner().run("observe", "merge", feed.toString(), "--day", "wed", "--at", "11:30", "--by", "door-bot");
    assertThat(dated.err()).contains("merged 2 new observations");
    assertThat(Files.readString(log())).contains("2024-03-20T11:30+01:00\tfull\troom-c\twed-1100-room-c\t\tdoor-bot");
  }

  @Test
  void aFileThatIsNeitherALogNorAFeedIsInvalidInput(@TempDir Path directory) throws Exception {
    Path other = Files.writeString(directory.resolve("notes.txt"), "room c was full\n");

    CliRun.Result result = planner().run("observe", "merge", other.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains(other + ":1:1: error: neither an observations log");
    assertThat(log()).doesNotExist();
  }

  @Test
  void observeAloneShowsItsSubcommandsAsAUsageError() {
    CliRun.Result result = planner().run("observe");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("full", "open", "count", "queue", "export", "merge");
  }
}
