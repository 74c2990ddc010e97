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

class RankCommandTest {
  private static final String SMALL = TestFiles.resource("schedules/small.yaml").toString();
  private static final String PROFILE = TestFiles.resource("schedules/profile.yaml").toString();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void ranksTheDayBestFirstWithInterestInJson() throws Exception {
    CliRun.Result result = planner().run("rank", "--schedule", SMALL, "--profile", PROFILE, "--day", "wed", "--format", "json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode ranked = json.readTree(result.out());
    assertThat(ranked).extracting(session -> session.get("id").asText())
        .containsExactly("d1-crossplane", "d1-security", "d1-keynote", "d1-ebpf", "d1-ai");
    assertThat(ranked.get(0).get("interest").asDouble()).isEqualTo(100.0);
    assertThat(ranked.get(4).get("interest").asDouble()).isZero();
    assertThat(ranked.get(0).has("reasons")).isFalse();
  }

  @Test
  void topLimitsTheList() throws Exception {
    CliRun.Result result = planner().run("rank", "--schedule", SMALL, "--profile", PROFILE, "--day", "1", "--top", "2", "--format", "json");

    assertThat(json.readTree(result.out())).hasSize(2);
  }

  @Test
  void explainGivesEachTermItsFieldAndPoints() throws Exception {
    CliRun.Result result = planner().run("rank", "--schedule", SMALL, "--profile", PROFILE, "--day", "1", "--top", "1",
        "--explain", "--format", "json");

    JsonNode reasons = json.readTree(result.out()).get(0).get("reasons");
    assertThat(reasons).extracting(reason -> reason.get("term").asText() + "/" + reason.get("field").asText())
        .containsExactly("crossplane/title", "crossplane/tags", "crossplane/abstract");
    assertThat(reasons.get(0).get("points").asDouble()).isGreaterThan(reasons.get(2).get("points").asDouble());
  }

  @Test
  void explainAddsAWhyColumnToTheTable() {
    CliRun.Result result = planner().run("rank", "--schedule", SMALL, "--profile", PROFILE, "--day", "1", "--explain");

    assertThat(result.out().lines().skip(1).findFirst().orElseThrow()).contains("Interest", "Title", "Why");
    assertThat(result.out()).contains("privilege escalation in abstract +");
  }

  @Test
  void everyListFormatIsOffered() {
    for (String format : new String[] {"table", "csv", "tsv", "md"}) {
      CliRun.Result result = planner().run("rank", "--schedule", SMALL, "--profile", PROFILE, "--day", "1", "--format", format);
      assertThat(result.exitCode()).as(format).isZero();
      assertThat(result.out()).as(format).contains("Crossplane from Zero to Platform");
    }
  }

  @Test
  void overlappingMustSeeSessionsAreReportedOnStderrAndInJson(@TempDir Path directory) throws Exception {
    Path profile = directory.resolve("profile.yaml");
    Files.writeString(profile, "mustSee: [d1-ebpf, \"Crossplane from Zero to Platform\", no-such-talk]\n");

    CliRun.Result result = planner().run("rank", "--schedule", SMALL, "--profile", profile.toString(), "--day", "1", "--format", "json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err())
        .contains("must-see sessions overlap: 'Crossplane from Zero to Platform' (d1-crossplane, 10:15-10:45)")
        .contains("and 'eBPF for Everyone' (d1-ebpf, 10:15-10:45)")
        .contains("must-see 'no-such-talk' matches no session");
    JsonNode ranked = json.readTree(result.out());
    assertThat(ranked.get(0).get("id").asText()).isEqualTo("d1-crossplane");
    assertThat(ranked.get(0).get("conflicts")).extracting(JsonNode::asText).containsExactly("d1-ebpf");
    assertThat(ranked.get(2).get("conflicts")).isEmpty();
  }

  @Test
  void anInvalidProfileIsInvalidInputNamingItsLine(@TempDir Path directory) throws Exception {
    Path profile = directory.resolve("profile.yaml");
    Files.writeString(profile, "interests:\n  crossplane: 3\nintrests:\n  ai: 1\n");

    CliRun.Result result = planner().run("rank", "--schedule", SMALL, "--profile", profile.toString(), "--day", "1");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).startsWith(profile + ":3:1: error: unknown key 'intrests'");
  }

  @Test
  void aNonPositiveTopIsAUsageError() {
    CliRun.Result result = planner().run("rank", "--schedule", SMALL, "--day", "1", "--top", "0");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--top must be a positive number");
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    String[] args = {"rank", "--schedule", SMALL, "--profile", PROFILE, "--day", "1", "--explain", "--format", "json"};

    assertThat(planner().run(args).out()).isEqualTo(planner().run(args).out());
  }

  @Test
  void byValueWeighsInterestByTheChanceToGetInAndSaysSo() throws Exception {
    CliRun.Result result = planner().run("rank", "--schedule", SMALL, "--profile", PROFILE, "--day", "wed",
        "--by", "value", "--format", "json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("ranked by value");
    JsonNode ranked = json.readTree(result.out());
    double previous = Double.MAX_VALUE;
    for (JsonNode session : ranked) {
      double value = session.get("value").asDouble();
      assertThat(value).isLessThanOrEqualTo(previous);
      assertThat(value).isCloseTo(session.get("interest").asDouble() * session.get("chanceAtStart").asDouble(),
          org.assertj.core.api.Assertions.within(0.1));
      assertThat(session.get("pFull").asDouble()).isBetween(0.0, 1.0);
      previous = value;
    }
    assertThat(planner().run("rank", "--schedule", SMALL, "--profile", PROFILE, "--day", "wed", "--by", "value", "--quiet")
        .err()).isEmpty();
    assertThat(planner().run("rank", "--schedule", SMALL, "--day", "wed", "--by", "luck").exitCode()).isEqualTo(2);
  }
}
