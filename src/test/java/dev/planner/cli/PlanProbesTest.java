package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planner.TestFiles;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Small schedules built to catch a plan promising what an attendee cannot do, run from the outside;
 * and the bundled Wednesday with the example profile.
 */
class PlanProbesTest {
  private static final String BACKUP = probe("backup-past-the-end");
  private static final String BACKUP_PROFILE = probe("backup-past-the-end-profile");
  private static final String BUILDINGS = probe("two-buildings");
  private static final String BUILDINGS_PROFILE = probe("two-buildings-profile");
  private final ObjectMapper json = new ObjectMapper();

  private static String probe(String name) {
    return TestFiles.resource("schedules/probes/" + name + ".yaml").toString();
  }

  private CliRun.Result run(String schedule, String profile, String... extra) {
    List<String> args = new ArrayList<>(List.of("plan", "--schedule", schedule, "--profile", profile, "--day", "1"));
    args.addAll(List.of(extra));
    CliRun.Result result = planner().run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result;
  }

  private JsonNode plan(String schedule, String profile) throws Exception {
    return json.readTree(run(schedule, profile, "--format", "json").out());
  }

  /** The plan's own expected interest beside the one found on simulated days. */
  private double[] claimedAndSimulated(String schedule, String profile) throws Exception {
    double claimed = plan(schedule, profile).get("summary").get("expectedInterest").asDouble();
    JsonNode evaluation = json.readTree(run(schedule, profile, "--evaluate", "--runs", "4000", "--format", "json").out());
    return new double[] {claimed, evaluation.get("plans").get(0).get("expectedInterest").asDouble()};
  }

  @Test
  void aBackupIsNotCountedPastTheNextWindowsDoor() throws Exception {
    JsonNode plan = plan(BACKUP, BACKUP_PROFILE);
    // Counting the hall talk in full behind a hopeless primary and the short talk after it claimed 125.
    assertThat(plan.get("summary").get("expectedInterest").asDouble()).isLessThan(110);
    Set<String> previous = Set.of();
    for (JsonNode window : plan.get("windows")) {
      Set<String> backups = new HashSet<>();
      window.get("backups").forEach(backup -> backups.add(backup.get("id").asText()));
      assertThat(backups).as("backups of two windows in a row").noneMatch(previous::contains);
      previous = backups;
    }
  }

  @Test
  void leavingEarlyForTheNextTalkIsShownInEveryFormatAndCounted() throws Exception {
    JsonNode plan = plan(BUILDINGS, BUILDINGS_PROFILE);
    JsonNode first = plan.get("windows").get(0).get("primary");
    JsonNode second = plan.get("windows").get(1).get("primary");
    OffsetDateTime leave = OffsetDateTime.parse(second.get("arriveBy").asText()).minusMinutes(10);
    assertThat(OffsetDateTime.parse(first.get("leaveAt").asText())).isEqualTo(leave);
    assertThat(second.has("leaveAt")).isFalse();
    // Alpha is counted up to leaving it, not in full.
    double alphaInFull = first.get("interest").asDouble() * first.get("admission").asDouble();
    assertThat(plan.get("windows").get(0).get("expectedInterest").asDouble()).isLessThan(alphaInFull * 0.9);
    String clock = String.format("%02d:%02d", leave.getHour(), leave.getMinute());
    assertThat(run(BUILDINGS, BUILDINGS_PROFILE).out()).contains("leave at " + clock + " for the next talk");
    assertThat(run(BUILDINGS, BUILDINGS_PROFILE, "--format", "md").out()).contains("| " + clock + " |");
    assertThat(run(BUILDINGS, BUILDINGS_PROFILE, "--format", "html").out()).contains("Leave at " + clock);
    assertThat(run(BUILDINGS, BUILDINGS_PROFILE, "--format", "ics").out().replace("\r\n ", ""))
        .contains("Leave at " + clock + " for the next talk.");
  }

  @Test
  void whatThePlanClaimsIsWhatTheSimulatedDaysGive() throws Exception {
    for (String[] probe : new String[][] {{BACKUP, BACKUP_PROFILE}, {BUILDINGS, BUILDINGS_PROFILE}}) {
      double[] figures = claimedAndSimulated(probe[0], probe[1]);
      assertThat(figures[1]).as(probe[0]).isCloseTo(figures[0], within(0.05 * figures[0]));
    }
  }

  @Test
  void theBundledWednesdayBooksNothingTheExampleProfileAvoidsAndSaysWhatIsLeftFree() throws Exception {
    CliRun.Result text = planner().run("plan", "--day", "wednesday", "--profile", "examples/profile.yaml");
    assertThat(text.out()).contains("free: ").doesNotContain("Cloud Native in the Age of AI", "Sponsored Keynote");
    JsonNode plan = json.readTree(planner().run("plan", "--day", "wednesday", "--profile", "examples/profile.yaml",
        "--format", "json").out());
    assertThat(plan.get("windows")).extracting(window -> window.get("primary").get("id").asText())
        .doesNotContain("wed-0914-plenary", "wed-1024-plenary");
    assertThat(plan.get("freeTime")).isNotEmpty();
  }

  @Test
  void onSimulatedDaysThePlannerBeatsTheNaivePlanOnTheBundledWednesday() throws Exception {
    JsonNode evaluation = json.readTree(planner().run("plan", "--day", "wednesday", "--profile", "examples/profile.yaml",
        "--evaluate", "--runs", "4000", "--format", "json").out());
    JsonNode planned = evaluation.get("plans").get(0);
    JsonNode naive = evaluation.get("plans").get(1);
    assertThat(planned.get("expectedInterest").asDouble()).isGreaterThan(naive.get("expectedInterest").asDouble() + 20);
    assertThat(planned.get("pTurnedAwayAtLeastOnce").asDouble()).isLessThan(naive.get("pTurnedAwayAtLeastOnce").asDouble());
  }

  @Test
  void withoutAProfileTheBundledWednesdayIsStillFilledWithTalks() throws Exception {
    JsonNode plan = json.readTree(planner().run("plan", "--day", "wednesday", "--format", "json").out());
    assertThat(plan.get("windows").size()).isGreaterThan(15);
    assertThat(plan.get("freeTime")).isEmpty();
  }
}
