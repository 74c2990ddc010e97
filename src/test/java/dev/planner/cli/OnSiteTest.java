package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.TestFiles;
import dev.planner.importing.userfiles.ObservationLogReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the observations log changes in plan --now, risk and calibrate. */
class OnSiteTest {
  private static final String AGENDA = TestFiles.resource("agenda/kubecon-my-schedule.ics").toString();
  private static final String STARRED_AT_THREE = "wed-1500-n03";

  @TempDir Path state;
  private Path profile;

  private CliRun planner() {
    return CliRun.planner().env("XDG_STATE_HOME", state.toString()).env("USER", "ana");
  }

  @BeforeEach
  void starTalks() {
    profile = state.resolve("starred.yaml");
    CliRun.Result init = planner().run("profile", "init", "--from-agenda", AGENDA, "-o", profile.toString(), "--quiet");
    assertThat(init.exitCode()).as(init.err()).isZero();
  }

  private void observe(String... args) {
    CliRun.Result result = planner().run(args);
    assertThat(result.exitCode()).as(result.err()).isZero();
  }

  private CliRun.Result planAt(String now) {
    CliRun.Result plan = planner().run("plan", "--day", "wed", "--profile", profile.toString(), "--now", now, "--format", "csv");
    assertThat(plan.exitCode()).as(plan.err()).isZero();
    return plan;
  }

  @Test
  void aRoomSeenFullMinutesAgoIsFullNowAndTheStarredTalkMakesWayForAnother() {
    assertThat(planAt("14:56").out()).contains(STARRED_AT_THREE);
    observe("observe", "full", "N03", "--day", "wed", "--at", "14:55");

    CliRun.Result plan = planAt("14:56");

    assertThat(plan.out()).doesNotContain(STARRED_AT_THREE);
    assertThat(plan.err())
        .contains("planner: Pavilion 7 | Level 7.3 | N03 seen full at 14:55 by ana (kubecon-cloudnativecon-europe-2024.tsv): "
            + "the plan routes around it")
        .contains("must-see 'Your Build Is the Target: Hardening the Supply Chain with SBOMs' (15:00): its room is full now");
  }

  @Test
  void aLaterOpenLiftsIt() {
    observe("observe", "full", "N03", "--day", "wed", "--at", "14:50");
    observe("observe", "open", "N03", "--day", "wed", "--at", "14:54");

    CliRun.Result plan = planAt("14:56");

    assertThat(plan.out()).contains(STARRED_AT_THREE);
    assertThat(plan.err()).doesNotContain("seen full");
  }

  @Test
  void aFullRoomCountsUntilItsSessionEndsAndNoLonger() {
    observe("observe", "full", "wed-1415-n03", "--day", "wed", "--at", "14:20");

    assertThat(planAt("14:40").err()).contains("N03 seen full at 14:20");
    assertThat(planAt("14:51").err()).doesNotContain("seen full");
  }

  @Test
  void withoutASessionItCountsFifteenMinutes() {
    observe("observe", "full", "room-c", "--day", "wed", "--at", "12:40");

    assertThat(planAt("12:54").err()).contains("Room C seen full at 12:40");
    assertThat(planAt("12:56").err()).doesNotContain("seen full");
  }

  @Test
  void whatIsSeenLaterThanNowOrOnAnotherDayOrWithoutNowIsIgnored() {
    observe("observe", "full", "N03", "--day", "wed", "--at", "15:10");
    observe("observe", "full", "N03", "--day", "thu", "--at", "14:55");

    assertThat(planAt("14:56").out()).contains(STARRED_AT_THREE);
    CliRun.Result ahead = planner().run("plan", "--day", "wed", "--profile", profile.toString(), "--format", "csv");
    assertThat(ahead.out()).contains(STARRED_AT_THREE);
    assertThat(ahead.err()).doesNotContain("seen full");
  }

  @Test
  void aQueueOutsideOrAHeadCountAtTheSeatsIsFullAndAnEmptyQueueIsNot() {
    observe("observe", "queue", STARRED_AT_THREE, "25", "--day", "wed", "--at", "14:52");
    assertThat(planAt("14:56").out()).doesNotContain(STARRED_AT_THREE);

    observe("observe", "queue", STARRED_AT_THREE, "0", "--day", "wed", "--at", "14:53");
    assertThat(planAt("14:56").out()).contains(STARRED_AT_THREE);

    observe("observe", "count", STARRED_AT_THREE, "180", "--day", "wed", "--at", "14:54");
    assertThat(planAt("14:56").out()).doesNotContain(STARRED_AT_THREE);
  }

  @Test
  void riskShowsWhatWasObservedBesideTheForecastOnlyOnADayWithObservations() {
    assertThat(planner().run("risk", "--day", "wed", "--quiet").out()).doesNotContain("Observed");
    observe("observe", "full", "room-c", "--day", "wed", "--at", "11:05");
    observe("observe", "open", "room-c", "--day", "wed", "--at", "11:20");
    observe("observe", "count", "wed-1100-s05", "150", "--day", "wed", "--at", "11:10");
    observe("observe", "open", "room-b", "--day", "wed", "--at", "11:10");

    CliRun.Result table = planner().run("risk", "--day", "wed", "--quiet");
    CliRun.Result json = planner().run("risk", "--day", "wed", "--quiet", "--format", "json");
    CliRun.Result otherDay = planner().run("risk", "--day", "thu", "--quiet", "--format", "json");

    assertThat(table.exitCode()).isZero();
    assertThat(table.out().lines().skip(1).findFirst().orElseThrow()).containsPattern("Arrive by +Observed +Title");
    assertThat(table.out()).containsPattern("full +LLM Gateways").containsPattern("count 150 +Local Development")
        .containsPattern("open +Network Policies");
    assertThat(json.out()).contains("\"observed\" : \"full\"", "\"observed\" : \"count 150\"", "\"observed\" : null");
    assertThat(otherDay.out()).doesNotContain("observed");
  }

  @Test
  void calibrateReadsTheLogItselfOrAnExportOfIt() throws Exception {
    observe("observe", "full", "room-c", "--day", "wed", "--at", "11:05");
    observe("observe", "queue", "wed-1100-room-h", "12", "--day", "wed", "--at", "10:58");
    observe("observe", "count", "wed-1100-s05", "150", "--day", "wed", "--at", "11:10");
    observe("observe", "open", "room-b", "--day", "wed", "--at", "11:10");
    observe("observe", "open", "room-a", "--day", "wed", "--at", "11:10");
    observe("observe", "full", "room-c", "--day", "wed", "--at", "20:00");

    CliRun.Result fromLog = planner().run("calibrate", "--observations", "--folds", "2");
    Path exported = state.resolve("export.tsv");
    observe("observe", "export", "-o", exported.toString());
    CliRun.Result fromFile = planner().run("calibrate", "--observations", exported.toString(), "--folds", "2");

    assertThat(fromLog.exitCode()).as(fromLog.err()).isZero();
    assertThat(fromLog.out()).startsWith("Fitted on 5 observed sessions");
    assertThat(fromLog.err()).contains("calibrating on " + state.resolve("planner/observations/kubecon-cloudnativecon-europe-2024.tsv"));
    assertThat(fromFile.out()).isEqualTo(fromLog.out());
  }

  @Test
  void calibrateWithoutALogSaysHowToStartOne() {
    CliRun.Result result = planner().run("calibrate", "--observations");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(result.err()).contains("no observations log yet: note some with 'planner observe'");
  }

  @Test
  void aLogOfNothingCalibrationCanUseIsInvalidInput() throws Exception {
    Path log = Files.writeString(state.resolve("breaks.tsv"), ObservationLogReader.HEADER + "\n"
        + "2024-03-20T20:00+01:00\tfull\tfoyer\t\t\tana\n");

    CliRun.Result result = planner().run("calibrate", "--observations", log.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains(log + ":1:1: error: the observations log names no session that has a forecast");
  }
}
