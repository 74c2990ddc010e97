package dev.planner;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the test resources, for tests that pass files to the planner as a user would. */
public final class TestFiles {
  private TestFiles() {}

  public static Path resource(String name) {
    try {
      return Path.of(TestFiles.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }
}
