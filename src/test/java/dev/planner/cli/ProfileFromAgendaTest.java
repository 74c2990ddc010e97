package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.planner.TestFiles;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFromAgendaTest {
  private static final String SCHED_FEED = TestFiles.resource("fixtures/sched-like.ics").toString();
  private static final String PRETALX_FEED = TestFiles.resource("fixtures/pretalx-like.json").toString();
  private static final String SCHED_AGENDA = TestFiles.resource("agenda/sched-my-schedule.ics").toString();
  private static final String PRETALX_AGENDA = TestFiles.resource("agenda/pretalx-faved.ics").toString();
  private static final String TEXT_AGENDA = TestFiles.resource("agenda/starred.txt").toString();

  @Test
  void aSchedPersonalFeedMatchesByUidReportsTheUnmatchedAndTheOverlapping() {
    CliRun.Result result = planner().run("profile", "init", "--from-agenda", SCHED_AGENDA, "--schedule", SCHED_FEED,
        "--timezone", "Europe/Lisbon", "--attendees", "800");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("mustSee: [\"a1000000000000000000000000000003\", \"a1000000000000000000000000000004\", "
        + "\"a1000000000000000000000000000006\"]");
    assertThat(result.err())
        .contains("3 starred talks matched, 1 not matched")
        .contains("matched    Tue 10:00  a1000000000000000000000000000003  Zero Downtime - Really? (by id)")
        .contains("unmatched  Lighthouse Keeping for Beginners - Fresnel Optics: no session has this id, link or title")
        .contains("overlap    Tue 10:00  Zero Downtime - Really?  and  Mesh, Meet Queue: A Field Report: you cannot attend both");
  }

  @Test
  void aPretalxFavedCalendarMatchesByLinkThenByTitleAndTime() {
    CliRun.Result result = planner().run("profile", "init", "--from-agenda", PRETALX_AGENDA, "--schedule", PRETALX_FEED);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("mustSee: [\"13\", \"11\", \"12\"]");
    assertThat(result.err())
        .contains("3 starred talks matched, 1 not matched")
        .contains("matched    Mon 09:00  11  Glacier-Scale Storage (by link)")
        .contains("matched    Mon 10:00  12  Avalanche Forecasting Workshop (by title and time)")
        .contains("unmatched  Snowpack Telemetry - Ida Frost: no session has this id, link or title")
        .contains("overlap    Mon 09:00  Lightning: Ski Lift Queues  and  Glacier-Scale Storage: you cannot attend both");
  }

  @Test
  void aPlainListMatchesIdsAndTitlesInAnyCaseAndDerivesWhatTheTalksShare() {
    CliRun.Result result = planner().run("profile", "init", "--from-agenda", TEXT_AGENDA);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("mustSee: [\"wed-1145-room-d\", \"wed-1145-s04\", \"wed-1500-n03\", \"wed-1500-s02\"]")
        .contains("\"supply\": ", "\"chain\": ", "\"hardening\": ")
        .contains("tracks:\n  \"Security\": 2");
    assertThat(result.err())
        .contains("4 starred talks matched, 1 not matched")
        .contains("wed-1500-s02  I'll Let Myself In: Kubernetes Privilege Escalation Tactics (by title)")
        .contains("unmatched  A Talk Nobody Gave: no session has this id, link or title")
        .contains("overlap    Wed 11:45", "overlap    Wed 15:00");
  }

  @Test
  void wordsGivenOnTheCommandLineWinOverDerivedOnes() {
    CliRun.Result result = planner().run("profile", "init", "--from-agenda", TEXT_AGENDA, "--like", "supply=1",
        "--avoid", "ai", "--quiet");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("\"supply\": 1\n", "avoid:\n  \"ai\": 2");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void theProfileWrittenPlansTheStarredTalks(@TempDir Path directory) {
    Path profile = directory.resolve("starred.yaml");
    CliRun.Result init = planner().run("profile", "init", "--from-agenda", TEXT_AGENDA, "-o", profile.toString());
    assertThat(init.exitCode()).as(init.err()).isZero();
    assertThat(init.out()).isEmpty();

    CliRun.Result plan = planner().run("plan", "--day", "wed", "--profile", profile.toString(), "--format", "json");

    assertThat(plan.exitCode()).as(plan.err()).isZero();
    assertThat(plan.out()).contains("\"id\" : \"wed-1145-room-d\"").containsAnyOf("\"id\" : \"wed-1500-s02\"", "\"id\" : \"wed-1500-n03\"");
    assertThat(plan.err()).doesNotContain("MustSeeConflict[")
        .contains("must-see sessions overlap: 'Your Build Is the Target: Hardening the Supply Chain with GUAC' "
            + "(wed-1145-room-d, 11:45-12:20) and 'Crossplane Intro and Deep Dive - the Cloud Native Control Plane Framework' "
            + "(wed-1145-s04, 11:45-12:20)");
    assertThat(plan.err()).contains("must-see 'Crossplane Intro and Deep Dive - the Cloud Native Control Plane Framework' (11:45): ");
  }

  @Test
  void anAgendaIsFetchedFromAUrl() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] body = Files.readAllBytes(Path.of(SCHED_AGENDA));
    server.createContext("/me.ics", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/calendar");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/me.ics";

      CliRun.Result result = planner().run("profile", "init", "--from-agenda", url, "--schedule", SCHED_FEED,
          "--timezone", "Europe/Lisbon", "--attendees", "800");

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.err()).contains(url + ": 3 starred talks matched, 1 not matched");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aCalendarWithoutEventsIsInvalidInput(@TempDir Path directory) throws Exception {
    Path empty = Files.writeString(directory.resolve("empty.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
        StandardCharsets.UTF_8);

    CliRun.Result result = planner().run("profile", "init", "--from-agenda", empty.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains(empty + ":1:1: error: the calendar has no events");
  }

  @Test
  void aMissingAgendaIsAnIoError(@TempDir Path directory) {
    CliRun.Result result = planner().run("profile", "init", "--from-agenda", directory.resolve("none.ics").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(result.out()).isEmpty();
  }
}
