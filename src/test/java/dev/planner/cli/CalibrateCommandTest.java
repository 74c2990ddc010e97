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

  /** Two days of three time slots of four talks, in CFP.DEV's shape; talks about agents get the most favourites. */
  private static String favouritedFeed() {
    StringBuilder json = new StringBuilder("[");
    String[] topics = {"Agents at work", "Build caches", "Agents for testing", "Logging basics"};
    int id = 1;
    for (int day = 2; day <= 3; day++) {
      for (int hour = 7; hour <= 9; hour++) {
        for (int talk = 0; talk < 4; talk++) {
          int favourites = topics[talk].startsWith("Agents") ? 40 + 3 * talk + hour : 10 + talk + day;
          json.append(id == 1 ? "" : ",").append(String.format(java.util.Locale.ROOT, """
              {"id": %d, "fromDate": "2025-06-0%dT0%d:00:00Z", "toDate": "2025-06-0%dT0%d:50:00Z", "overflow": false,
               "room": {"name": "Room %d", "capacity": %d}, "sessionType": {"name": "Conference", "isPause": false},
               "proposal": {"id": %d, "title": "%s %d"}, "timezone": "Europe/Brussels", "totalFavourites": %d}
              """, id, day, hour, day, hour, talk + 1, 100 + 50 * talk, id, topics[talk], id, favourites));
          id++;
        }
      }
    }
    return json.append("]").toString();
  }

  @Test
  void fitsTheChoiceWeightsToFavouritesAndWritesThemAsAModelFile(@TempDir Path directory) throws Exception {
    Path feed = Files.writeString(directory.resolve("days.json"), favouritedFeed());
    Path model = directory.resolve("choice.yaml");

    CliRun.Result result = planner().run("calibrate", "--favourites", feed.toString(), "--min-sessions", "4",
        "-o", model.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Fitted to the favourites of 24 sessions in 6 time slots", "topic agent",
        "Each day predicted by a fit on the other days", "room size alone", "weights in use", "fitted");
    assertThat(Files.readString(model)).contains("hotTopics:", "\"agents\":", "typeWeights:", "abstractFactor:");
    CliRun.Result risk = planner().run("risk", "--schedule", SMALL, "--model", model.toString(), "--quiet");
    assertThat(risk.exitCode()).as(risk.err()).isZero();
  }

  @Test
  void needsEitherObservationsOrFavouritesButNotBoth(@TempDir Path directory) throws Exception {
    Path feed = Files.writeString(directory.resolve("days.json"), favouritedFeed());

    CliRun.Result neither = planner().run("calibrate", "--schedule", SMALL);
    CliRun.Result both = planner().run("calibrate", "--favourites", feed.toString(), "--observations", feed.toString());

    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("give either --observations or --favourites");
    assertThat(both.exitCode()).isEqualTo(2);
  }

  @Test
  void aScheduleWithoutFavouritesIsInvalidInput() {
    CliRun.Result result = planner().run("calibrate", "--favourites", SMALL);

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("no time slot has two or more sessions with favourites");
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
