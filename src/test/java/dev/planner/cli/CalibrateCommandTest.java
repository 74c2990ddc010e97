package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {
  private static final String SMALL = TestFiles.resource("schedules/small.yaml").toString();
  private static final String SEEN = """
      id,full
      d1-keynote,1
      d1-crossplane,1
      d1-ebpf,0
      d1-security,0
      d1-ai,1
      """;

  @Test
  void fitsWritesAModelFileThatRiskReadsAndScoresTheBaselines(@TempDir Path directory) throws Exception {
    Path observations = Files.writeString(directory.resolve("seen.csv"), SEEN);
    Path model = directory.resolve("fitted.yaml");

    CliRun.Result result = planner().run("calibrate", "--schedule", SMALL, "--observations", observations.toString(),
        "-o", model.toString(), "--folds", "2");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Fitted on 5 observed sessions", "choice.roomWeight", "demand.forecastCv",
        "fitted model", "base rate", "small room", "sign-ups / capacity", "logistic", "Brier", "log loss", "ROC-AUC");
    assertThat(result.err()).contains("wrote " + model);
    assertThat(Files.readString(model)).contains("roomWeight:", "forecastCv:", "hallwayUtility:", "inSessions:");
    CliRun.Result risk = planner().run("risk", "--schedule", SMALL, "--model", model.toString(), "--quiet");
    assertThat(risk.exitCode()).as(risk.err()).isZero();
  }

  @Test
  void readsHeadCountsInYaml(@TempDir Path directory) throws Exception {
    Path observations = Files.writeString(directory.resolve("seen.yaml"), """
        observations:
          - {id: d1-keynote, headcount: 580}
          - {id: d1-crossplane, headcount: 80}
          - {id: d1-ebpf, headcount: 40}
          - {id: d1-ai, headcount: 120}
        """);

    CliRun.Result result = planner().run("calibrate", "--schedule", SMALL, "--observations", observations.toString(), "--folds", "2");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Fitted on 4 observed sessions");
  }

  @Test
  void aBadObservationIsInvalidInputAtItsLine(@TempDir Path directory) throws Exception {
    Path observations = Files.writeString(directory.resolve("bad.csv"), "id,full\nd1-ai,1\nd1-ebpf,maybe\nnobody,0\n");

    CliRun.Result result = planner().run("calibrate", "--schedule", SMALL, "--observations", observations.toString());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains(observations + ":3:").contains("maybe")
        .contains(observations + ":4:").contains("'nobody'");
  }

  @Test
  void aMissingObservationsFileIsAnIoError() {
    assertThat(planner().run("calibrate", "--schedule", SMALL, "--observations", "/no/such/seen.csv").exitCode()).isEqualTo(4);
  }
}
