package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planner.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskCommandTest {
  private static final String SMALL = TestFiles.resource("schedules/small.yaml").toString();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void jsonCarriesTheForecastFieldsOfEveryTalk() throws Exception {
    CliRun.Result result = planner().run("risk", "--schedule", SMALL, "--day", "wed", "--format", "json", "--quiet");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode sessions = json.readTree(result.out());
    assertThat(sessions).extracting(session -> session.get("id").asText())
        .containsExactly("d1-keynote", "d1-crossplane", "d1-ebpf", "d1-ai", "d1-security")
        .doesNotContain("d1-coffee");
    for (JsonNode session : sessions) {
      assertThat(session.has("title") && session.has("start") && session.has("room") && session.has("arriveBy")).isTrue();
      assertThat(session.get("capacity").asInt()).isPositive();
      assertThat(session.get("expectedDemand").asDouble()).isPositive();
      assertThat(session.get("pFull").asDouble()).isBetween(0.0, 1.0);
      assertThat(session.get("level").asText()).isIn("low", "medium", "high");
    }
  }

  @Test
  void everyListingFormatShowsTheSameSessions() {
    for (String format : new String[] {"table", "csv", "tsv", "md"}) {
      CliRun.Result result = planner().run("risk", "--schedule", SMALL, "--day", "1", "--format", format, "--quiet");
      assertThat(result.exitCode()).as(format + ": " + result.err()).isZero();
      assertThat(result.out()).as(format).contains("Crossplane").contains("P(full)").doesNotContain("Coffee");
    }
    assertThat(planner().run("risk", "--schedule", SMALL, "--day", "1", "--format", "csv", "--quiet").out().lines())
        .hasSize(6);
  }

  @Test
  void minRiskKeepsOnlySessionsAtOrAboveTheLevel() throws Exception {
    JsonNode all = json.readTree(planner().run("risk", "--schedule", SMALL, "--format", "json", "--quiet").out());
    JsonNode high = json.readTree(planner().run("risk", "--schedule", SMALL, "--format", "json", "--quiet",
        "--min-risk", "HIGH").out());
    long expected = 0;
    for (JsonNode session : all) {
      expected += session.get("level").asText().equals("high") ? 1 : 0;
    }
    assertThat(high).hasSize((int) expected);
    assertThat(high).allSatisfy(session -> assertThat(session.get("level").asText()).isEqualTo("high"));
    assertThat(planner().run("risk", "--schedule", SMALL, "--min-risk", "extreme").exitCode()).isEqualTo(2);
  }

  @Test
  void explainShowsTheArithmetic() {
    CliRun.Result result = planner().run("risk", "--schedule", SMALL, "--explain", "d1-ai", "--quiet");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("People in sessions", "= M(t)", "Score terms:", "= utility", "hallway",
        "Expected demand", "P(full)", "arrive by");
  }

  @Test
  void explainingAnUnknownIdIsAUsageError() {
    CliRun.Result result = planner().run("risk", "--schedule", SMALL, "--explain", "no-such-talk");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no-such-talk");
  }

  @Test
  void aBadModelFileIsInvalidInputAtItsLine(@TempDir Path directory) throws Exception {
    Path model = Files.writeString(directory.resolve("model.yaml"), "demand:\n  forecastCv: 0.3\n  slotShok: 0.1\n");

    CliRun.Result result = planner().run("risk", "--schedule", SMALL, "--model", model.toString());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains(model + ":3:").contains("slotShok");
  }

  @Test
  void aModelFileChangesTheForecast(@TempDir Path directory) throws Exception {
    Path model = Files.writeString(directory.resolve("crowded.yaml"), "attendance:\n  inSessions: 0.9\n");
    JsonNode before = json.readTree(planner().run("risk", "--schedule", SMALL, "--day", "1", "--format", "json", "--quiet").out());
    JsonNode after = json.readTree(planner().run("risk", "--schedule", SMALL, "--day", "1", "--format", "json", "--quiet",
        "--model", model.toString()).out());
    assertThat(after.get(3).get("expectedDemand").asDouble()).isGreaterThan(before.get(3).get("expectedDemand").asDouble());
  }

  @Test
  void gridDrawsRoomsDownAndTimeAcrossFittingTheTerminal() {
    CliRun.Result narrow = planner().run("risk", "--schedule", SMALL, "--day", "wed", "--grid", "--quiet");
    CliRun.Result wide = planner().env("COLUMNS", "200").run("risk", "--schedule", SMALL, "--day", "wed", "--grid", "--quiet");

    assertThat(narrow.exitCode()).as(narrow.err()).isZero();
    assertThat(narrow.out()).contains("09:00", "P(full)", "·").doesNotContain("\u001b[");
    assertThat(narrow.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(wide.out()).contains("one column = 5 min");
    // Rooms by size, largest first.
    assertThat(narrow.out().indexOf("600")).isLessThan(narrow.out().indexOf(" 120 ")).isLessThan(narrow.out().indexOf(" 80 "));
  }

  @Test
  void gridIsColouredOnATerminalUnlessNoColourIsSet() {
    assertThat(planner().terminal().run("risk", "--schedule", SMALL, "--day", "wed", "--grid", "--quiet").out())
        .contains("\u001b[48;5;");
    assertThat(planner().terminal().env("NO_COLOR", "1").run("risk", "--schedule", SMALL, "--day", "wed", "--grid", "--quiet").out())
        .doesNotContain("\u001b[");
  }

  @Test
  void gridNeedsADay() {
    assertThat(planner().run("risk", "--schedule", SMALL, "--grid").exitCode()).isEqualTo(2);
  }

  private static final String OVERFULL = TestFiles.resource("schedules/overfull.yaml").toString();

  @Test
  void aTargetOutOfReachIsSaidInJsonAndInTheTable() throws Exception {
    CliRun.Result result = planner().run("risk", "--schedule", OVERFULL, "--format", "json", "--quiet");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode hot = json.readTree(result.out()).get(0);
    assertThat(hot.get("targetReachable").asBoolean()).isFalse();
    assertThat(hot.get("arriveBy").asText()).startsWith("2024-03-20T10:40");
    assertThat(hot.get("chanceAtArriveBy").asDouble()).isLessThan(0.9);
    String table = planner().run("risk", "--schedule", OVERFULL, "--quiet").out();
    assertThat(table).containsPattern("10:40 \\(at most \\d+%\\)");
    String explained = planner().run("risk", "--schedule", OVERFULL, "--explain", "hot", "--quiet").out();
    assertThat(explained).contains("out of reach");
  }
}
