package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planner.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  private static final String SMALL = TestFiles.resource("schedules/small.yaml").toString();
  private static final String PROFILE = TestFiles.resource("schedules/profile.yaml").toString();
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode planJson(String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("plan", "--schedule", SMALL, "--profile", PROFILE, "--day", "1", "--format", "json"));
    args.addAll(List.of(extra));
    CliRun.Result result = planner().run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return json.readTree(result.out());
  }

  private static List<String> primaries(JsonNode plan) {
    List<String> ids = new ArrayList<>();
    plan.get("windows").forEach(window -> ids.add(window.get("primary").get("id").asText()));
    return ids;
  }

  @Test
  void theJsonPlanCarriesWindowsSummaryAndRiskFields() throws Exception {
    JsonNode plan = planJson();
    assertThat(plan.fieldNames()).toIterable().containsExactly("day", "windows", "freeTime", "summary", "conflicts");
    JsonNode primary = plan.get("windows").get(0).get("primary");
    assertThat(primary.fieldNames()).toIterable()
        .contains("id", "title", "start", "end", "room", "track", "type", "interest", "capacity", "expectedDemand", "pFull",
            "level", "arriveBy");
    assertThat(primary.get("pFull").asDouble()).isBetween(0.0, 1.0);
    assertThat(plan.get("summary").fieldNames()).toIterable()
        .containsExactly("expectedTalks", "expectedInterest", "pTurnedAwayAtLeastOnce");
  }

  @Test
  void nowPlansOnlyTheRestOfTheDay() throws Exception {
    assertThat(primaries(planJson("--now", "10:50"))).containsExactly("d1-security");
  }

  @Test
  void nowWithoutATimeTakesTheClock() throws Exception {
    // The test clock stands at 09:00 in Paris on the first day: the keynote starts now, so no arriving early.
    JsonNode plan = planJson("--now", "--fill");
    assertThat(primaries(plan)).startsWith("d1-keynote");
    assertThat(plan.get("windows").get(0).get("primary").get("arriveBy").asText()).isEqualTo("2024-03-20T09:00:00+01:00");
    assertThat(primaries(planJson("--now", "09:01", "--fill"))).doesNotContain("d1-keynote");
  }

  @Test
  void nowWithoutATimeOnADayThatIsNotTodaySaysSo() {
    CliRun.Result result = planner().clock(java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T10:00:00Z"),
        java.time.ZoneOffset.UTC)).run("plan", "--schedule", SMALL, "--profile", PROFILE, "--day", "1", "--now");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("today (2026-11-30 in Europe/Paris) is not the day planned (2024-03-20)",
        "--now 14:05").doesNotContain("no session fits");
  }

  @Test
  void aFullRoomIsRoutedAround() throws Exception {
    assertThat(primaries(planJson("--now", "10:00", "--full", "Room 101", "--fill"))).doesNotContain("d1-crossplane")
        .contains("d1-ebpf");
  }

  @Test
  void aFullSessionIdIsRoutedAround() throws Exception {
    assertThat(primaries(planJson("--full", "d1-crossplane"))).doesNotContain("d1-crossplane");
  }

  @Test
  void aRoomStatusFeedMarksRoomsFull(@TempDir Path directory) throws Exception {
    Path feed = directory.resolve("status.json");
    Files.writeString(feed, "[{\"roomname\": \"room 101\", \"state\": \"1\"}, {\"roomname\": \"Room 201\", \"state\": 0}]");
    assertThat(primaries(planJson("--now", "10:00", "--room-status", feed.toString()))).doesNotContain("d1-crossplane");
  }

  @Test
  void aBrokenRoomStatusFeedIsInvalidInput(@TempDir Path directory) throws Exception {
    Path feed = directory.resolve("status.json");
    Files.writeString(feed, "[{\"roomname\": \"Room 101\", \"state\": \"busy\"}]");
    CliRun.Result result = planner().run("plan", "--schedule", SMALL, "--day", "1", "--room-status", feed.toString(), "--quiet");
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).startsWith(feed + ":1:").contains("'state' of a room status must be -1, 0, 1 or 2");
  }

  @Test
  void anUnknownFullRoomIsAUsageError() {
    CliRun.Result result = planner().run("plan", "--schedule", SMALL, "--day", "1", "--full", "Ballroom");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("'Ballroom' is neither a session (id or title) nor a room");
  }

  @Test
  void anUnknownAttendedSessionIsAUsageError() {
    CliRun.Result result = planner().run("plan", "--schedule", SMALL, "--day", "1", "--attended", "nope");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--attended: no session 'nope'");
  }

  @Test
  void evaluateComparesThePlanWithTheNaivePlan() throws Exception {
    CliRun.Result result = planner().run("plan", "--schedule", SMALL, "--profile", PROFILE, "--day", "1", "--evaluate",
        "--runs", "2000", "--format", "json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode evaluation = json.readTree(result.out());
    assertThat(evaluation.get("plans")).extracting(plan -> plan.get("plan").asText()).containsExactly("plan", "naive");
    double planned = evaluation.get("plans").get(0).get("expectedInterest").asDouble();
    double naive = evaluation.get("plans").get(1).get("expectedInterest").asDouble();
    assertThat(planned).isGreaterThanOrEqualTo(naive);
  }

  @Test
  void theSamePlanIsPrintedByteForByte() {
    String first = planner().run("plan", "--schedule", SMALL, "--profile", PROFILE, "--day", "1").out();
    String second = planner().run("plan", "--schedule", SMALL, "--profile", PROFILE, "--day", "1").out();
    assertThat(second).isEqualTo(first).contains("Crossplane from Zero to Platform");
  }

  @Test
  void csvHasOneRowPerPrimaryAndBackup() {
    CliRun.Result result = planner().run("plan", "--schedule", SMALL, "--profile", PROFILE, "--day", "1", "--format", "csv");
    assertThat(result.out().lines().findFirst()).hasValue("Window,Role,Id,Title,Room,Interest,P(full),Arrive by,Leave at,Walk");
    assertThat(result.out()).contains(",primary,d1-crossplane,");
  }

  @Test
  void theBundledScheduleIsPlannedWithTheRealTalksForTheExampleProfile() {
    CliRun.Result result = planner().run("plan", "--day", "wednesday", "--profile", "examples/profile.yaml");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Crossplane Intro and Deep Dive - the Cloud Native Control Plane Framework",
        "I'll Let Myself In: Kubernetes Privilege Escalation Tactics");
  }

  /** Two overlapping must-sees (one named by a lower-case title) and one that names nothing. */
  private static Path mustSeeProfile(Path directory) throws java.io.IOException {
    Path profile = directory.resolve("must-see.yaml");
    Files.writeString(profile, String.join("\n", "mustSee:", "  - wed-1100-n01-02",
        "  - \"python on kubernetes:  packaging, performance and pitfalls\"", "  - No Such Talk At All", ""));
    return profile;
  }

  @Test
  void overlappingMustSeesAreNamedByTitleIdAndTimeAndAnUnmatchedOneIsWarned(@TempDir Path directory) throws Exception {
    String profile = mustSeeProfile(directory).toString();
    for (String[] command : List.of(new String[] {"plan", "--day", "wed", "--profile", profile},
        new String[] {"export", "--day", "wed", "--profile", profile})) {
      CliRun.Result result = planner().run(command);

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.err()).as(command[0])
          .contains("must-see sessions overlap: 'Load Balancing Long-Lived gRPC Connections in Kubernetes' "
              + "(wed-1100-n01-02, 11:00-11:35) and 'Python on Kubernetes: Packaging, Performance and Pitfalls' (wed-1100-n03")
          .contains("must-see 'No Such Talk At All' matches no session")
          .doesNotContain("MustSeeConflict[", "Session[");
    }
  }

  @Test
  void aPlanSaysWhenNoArrivalReachesTheTargetChance() throws Exception {
    String schedule = TestFiles.resource("schedules/overfull.yaml").toString();
    CliRun.Result text = planner().run("plan", "--schedule", schedule, "--day", "wed", "--quiet");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("no arrival reaches the chance you aim for");
    JsonNode plan = new ObjectMapper().readTree(
        planner().run("plan", "--schedule", schedule, "--day", "wed", "--format", "json", "--quiet").out());
    assertThat(plan.get("windows").get(0).get("primary").get("targetReachable").asBoolean()).isFalse();
  }
}
