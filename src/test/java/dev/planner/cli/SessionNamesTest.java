package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.TestFiles;
import org.junit.jupiter.api.Test;

/** Wherever a session or room is asked for, a unique start of its id or part of its title will do. */
class SessionNamesTest {
  private static final String SCHED = TestFiles.resource("fixtures/sched-like.ics").toString();
  private static final String SMALL = TestFiles.resource("schedules/small.yaml").toString();

  @Test
  void explainTakesAUniqueStartOfAnId() {
    CliRun.Result result = planner().run("risk", "--schedule", SMALL, "--explain", "d1-cross", "--quiet");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("d1-crossplane  ");
  }

  @Test
  void explainTakesAUniquePartOfATitleInAnyCase() {
    CliRun.Result result = planner().run("risk", "--schedule", SCHED, "--explain", "zero downtime", "--quiet");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("a1000000000000000000000000000003  Zero Downtime - Really?");
  }

  @Test
  void aNameThatFitsSeveralSessionsIsAUsageErrorListingThem() {
    CliRun.Result result = planner().run("risk", "--schedule", SCHED, "--explain", "a100", "--quiet");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--explain: 'a100' fits").contains("a1000000000000000000000000000003");
  }

  @Test
  void fullTakesTheShortRoomNameTheGridShows() {
    CliRun.Result result = planner().run("plan", "--schedule", SCHED, "--day", "tuesday", "--full", "Level 2", "--quiet");

    assertThat(result.exitCode()).as(result.err()).isZero();
  }

  @Test
  void attendedTakesAPartOfATitle() {
    CliRun.Result result = planner().run("plan", "--schedule", SCHED, "--day", "tuesday", "--attended", "mesh, meet", "--quiet");

    assertThat(result.exitCode()).as(result.err()).isZero();
  }

  @Test
  void tablesShowShortIdsThatNameTheirSessionBack() {
    CliRun.Result talks = planner().run("talks", "--schedule", SMALL, "--day", "1", "--search", "crossplane", "--quiet");
    String header = talks.out().lines().skip(1).findFirst().orElseThrow();
    String row = talks.out().lines().skip(2).findFirst().orElseThrow();
    String shortId = row.substring(header.indexOf("Id")).strip();

    assertThat(shortId).isNotEmpty().isNotEqualTo("d1-crossplane").satisfies(id -> assertThat("d1-crossplane").startsWith(id));
    CliRun.Result explained = planner().run("risk", "--schedule", SMALL, "--explain", shortId, "--quiet");
    assertThat(explained.out()).startsWith("d1-crossplane  ");
  }

  @Test
  void scriptsStillGetWholeIds() {
    CliRun.Result csv = planner().run("talks", "--schedule", SMALL, "--day", "1", "--search", "crossplane", "--format", "csv");

    assertThat(csv.out()).contains(",d1-crossplane\n");
  }
}
