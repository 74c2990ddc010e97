package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a main class of the planner, with its arguments, in a JVM of its own, on the tests' class
 * path, with the given JVM options, no planner or XDG variables and a home of the test's own; output
 * is discarded, and a non-zero exit code fails the test. For what only a fresh JVM shows: the
 * classes a run loads.
 */
final class ForkedJvm {
  private ForkedJvm() {}

  static void run(Path home, List<String> jvmOptions, String mainClass, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("PLANNER_") || name.startsWith("XDG_"));
    environment.put("HOME", home.toString());
    Process process = builder.start();
    assertThat(process.waitFor()).as("exit code of %s %s", mainClass, String.join(" ", args)).isZero();
  }
}
