package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The class-data archive holds what the training run loads, and a class of the planner left out of
 * it is read from the jar or the runtime image at every run. Each run here is a JVM of its own that
 * lists the classes it loads; every class of the planner that a common command loads must be among
 * those the training run loads.
 */
class StartupTrainingCoverageTest {
  @TempDir Path home;
  private TreeSet<String> trained;

  @BeforeEach
  void listWhatTheTrainingRunLoads() throws Exception {
    trained = plannerClassesLoadedBy(StartupTraining.class.getName());
  }

  @Test
  void exportingTwiceIntoOneFileLoadsOnlyTrainedClasses() throws Exception {
    String calendar = home.resolve("plan.ics").toString();
    assertThat(run("export", "--day", "wednesday", "--output", calendar)).isSubsetOf(trained);
    assertThat(run("export", "--day", "wednesday", "--output", calendar)).isSubsetOf(trained);
  }

  @Test
  void planningFromASchedFeedLoadsOnlyTrainedClasses() throws Exception {
    Path feed = Path.of("src/test/resources/fixtures/sched-like.ics").toAbsolutePath();
    assertThat(run("plan", "--day", "1", "--schedule", feed.toString())).isSubsetOf(trained);
  }

  @Test
  void planningWithAProfileLoadsOnlyTrainedClasses() throws Exception {
    Path profile = Path.of("examples/profile.yaml").toAbsolutePath();
    assertThat(run("plan", "--day", "wednesday", "--profile", profile.toString())).isSubsetOf(trained);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pretalx-like.json", "sessionize-like.json", "cfpdev-like.json"})
  void readingAndPlanningAFeedOfEachFormatLoadsOnlyTrainedClasses(String name) throws Exception {
    String feed = Path.of("src/test/resources/fixtures", name).toAbsolutePath().toString();
    assertThat(run("talks", "--schedule", feed, "--timezone", "Europe/Brussels", "--format", "json")).isSubsetOf(trained);
    assertThat(run("plan", "--day", "1", "--schedule", feed, "--timezone", "Europe/Brussels")).isSubsetOf(trained);
  }

  private TreeSet<String> run(String... args) throws IOException, InterruptedException {
    return plannerClassesLoadedBy(Main.class.getName(), args);
  }

  private TreeSet<String> plannerClassesLoadedBy(String mainClass, String... args)
      throws IOException, InterruptedException {
    Path list = Files.createTempFile(home, "classes", ".txt");
    ForkedJvm.run(home, List.of("-XX:DumpLoadedClassList=" + list), mainClass, args);
    TreeSet<String> classes = new TreeSet<>();
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      if (line.startsWith("dev/planner/")) {
        classes.add(line.split(" ", 2)[0]);
      }
    }
    return classes;
  }
}
