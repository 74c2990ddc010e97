package dev.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file in src/test/resources/golden/. Run the tests with
 * {@code -Dgolden.update=true} to write the files afresh from the output, then review the diff; with
 * the {@code CI} environment variable set (as {@code .ci/run} sets it) that fails instead.
 */
public final class Golden {
  private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    Path file = DIRECTORY.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        // Rewriting the expectations where they are checked would make every golden test pass.
        assertThat(System.getenv("CI")).as("golden files are never rewritten in CI (CI is set)").isNullOrEmpty();
        Files.createDirectories(DIRECTORY);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(Files.exists(file)).as("golden file %s exists (run with -Dgolden.update=true to create it)", file).isTrue();
      assertThat(actual).as("output against %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
