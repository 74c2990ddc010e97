package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runs the start-up benchmark times link no lambda of the planner's own (README, Performance):
 * linking one costs a cold run more than the work it does. Each run is a JVM of its own, whose class
 * loading is logged; a lambda shows as a class named {@code ...$$Lambda$...}.
 */
class ColdRunLambdasTest {
  @TempDir Path home;

  @Test
  void planningTheBundledScheduleLinksNoLambdaOfThePlanner() throws Exception {
    assertThat(plannerLambdasLinkedBy("plan", "--day", "wednesday")).isEmpty();
  }

  @Test
  void planningFromASchedFeedLinksNoLambdaOfThePlanner() throws Exception {
    Path feed = Path.of("src/test/resources/fixtures/sched-like.ics").toAbsolutePath();
    assertThat(plannerLambdasLinkedBy("plan", "--day", "1", "--schedule", feed.toString())).isEmpty();
    assertThat(plannerLambdasLinkedBy("talks", "--schedule", feed.toString(), "--format", "json")).isEmpty();
  }

  private TreeSet<String> plannerLambdasLinkedBy(String... args) throws IOException, InterruptedException {
    Path log = home.resolve("classes.log");
    ForkedJvm.run(home, List.of("-Xlog:class+load=info:file=" + log), Main.class.getName(), args);
    TreeSet<String> lambdas = new TreeSet<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      int name = line.indexOf("dev.planner.");
      if (name >= 0 && line.contains("$$Lambda")) {
        lambdas.add(line.substring(name, line.indexOf("$$Lambda", name)));
      }
    }
    return lambdas;
  }
}
