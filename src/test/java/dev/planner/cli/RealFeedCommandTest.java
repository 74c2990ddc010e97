package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planner.TestFiles;
import org.junit.jupiter.api.Test;

/** A feed that gives only UTC times, no attendance and no seats, run with no flags as a new user would. */
class RealFeedCommandTest {
  private static final String SCHED = TestFiles.resource("fixtures/sched-like.ics").toString();
  private static final String CAMPUS = TestFiles.resource("fixtures/frab-campus-no-zone.xml").toString();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void saysWhichZoneAttendanceAndCapacitiesItAssumedAndWhy() {
    CliRun.Result result = planner().run("risk", "--schedule", SCHED, "--day", "tuesday");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err())
        .contains("time zone Europe/Lisbon, from where the events are held ('Lisbon, Portugal')")
        .contains("attendance ").contains("estimated")
        .contains("room capacities for ").contains("priors")
        .doesNotContain("assuming 1000");
    assertThat(result.out()).startsWith("Tuesday 10 June 2025\n").contains("\n10:00  ");
  }

  @Test
  void roomsShowEachPriorWithItsLikelyRange() throws Exception {
    CliRun.Result result = planner().run("rooms", "--schedule", SCHED, "--format", "json", "--quiet");

    JsonNode auditorium = null;
    for (JsonNode room : json.readTree(result.out())) {
      if (room.get("name").asText().equals("Auditorium")) {
        auditorium = room;
      }
    }
    assertThat(auditorium).isNotNull();
    assertThat(auditorium.get("capacitySource").asText()).isEqualTo("prior");
    assertThat(auditorium.get("capacityLow").asInt()).isLessThan(auditorium.get("capacity").asInt());
    assertThat(auditorium.get("capacityHigh").asInt()).isGreaterThan(auditorium.get("capacity").asInt());
  }

  @Test
  void explainingAForecastListsEveryAssumptionBehindIt() {
    CliRun.Result result = planner().run("risk", "--schedule", SCHED, "--explain", "a1000000000000000000000000000003", "--quiet");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Assumptions:").contains("inferred: likely").contains("prior, likely")
        .contains("time zone Europe/Lisbon").contains("averages over these doubts");
  }

  @Test
  void theUserWinsOverEverythingInferred() {
    CliRun.Result result = planner().run("risk", "--schedule", SCHED, "--day", "tuesday",
        "--timezone", "Europe/Madrid", "--attendees", "5000");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).doesNotContain("time zone Europe/Lisbon").doesNotContain("attendance ");
    assertThat(result.out()).startsWith("Tuesday 10 June 2025\n").contains("\n11:00  ");
  }

  @Test
  void aFrabFileOfAKnownSeriesTakesItsCityAndPublishedAttendance() {
    CliRun.Result result = planner().run("talks", "--schedule", CAMPUS, "--format", "json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("time zone Europe/Brussels").contains("published for FOSDEM")
        .contains("from the ULB Solbosch table");
    assertThat(result.out()).contains("\"start\" : \"2026-01-31T09:30:00+01:00\"");
  }

  @Test
  void withoutAProfileThePlanPrintsNoInterest() {
    CliRun.Result result = planner().run("plan", "--schedule", SCHED, "--day", "tuesday", "--quiet");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).doesNotContain("interest").contains("talks;");
  }
}
