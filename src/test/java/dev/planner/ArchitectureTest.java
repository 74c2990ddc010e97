package dev.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline's shape: dependencies point inward (cli → core → model), picocli stays in cli,
 * Jackson and ical4j stay in importing and rendering, and the core does no I/O.
 */
class ArchitectureTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/planner");

  /** For each package, the project packages it may import. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "model", Set.of("model"),
      "ranking", Set.of("model", "ranking"),
      "overflow", Set.of("model", "overflow"),
      "planning", Set.of("model", "ranking", "overflow", "planning"),
      "inference", Set.of("model", "inference"),
      "importing", Set.of("model", "importing", "inference", "overflow"),
      "rendering", Set.of("model", "ranking", "overflow", "planning", "importing", "rendering"),
      "cli", Set.of("model", "ranking", "overflow", "planning", "importing", "inference", "rendering", "cli"));

  private static final Set<String> CORE = Set.of("model", "inference", "ranking", "overflow", "planning");

  @Test
  void projectPackagesDependOnlyInward() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path file : sources()) {
      String from = packageOf(file);
      for (String imported : projectImports(file)) {
        if (!ALLOWED.getOrDefault(from, Set.of()).contains(imported)) {
          violations.add(SOURCES.relativize(file) + " (" + from + ") imports " + imported);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everySourceFileIsInAKnownPackage() throws IOException {
    assertThat(sources()).allSatisfy(file -> assertThat(ALLOWED).containsKey(packageOf(file)));
  }

  @Test
  void picocliStaysInTheCommandLinePackage() throws IOException {
    assertThat(filesImporting("picocli.")).allSatisfy(file -> assertThat(packageOf(file)).isEqualTo("cli"));
  }

  @Test
  void parsingLibrariesStayInImportingAndRendering() throws IOException {
    List<Path> users = new ArrayList<>(filesImporting("com.fasterxml.jackson."));
    users.addAll(filesImporting("net.fortuna.ical4j."));
    users.addAll(filesImporting("org.yaml.snakeyaml."));
    assertThat(users).allSatisfy(file -> assertThat(packageOf(file)).isIn("importing", "rendering"));
  }

  @Test
  void theCoreUsesOnlyTheJdkAndDoesNoIo() throws IOException {
    for (Path file : sources()) {
      if (!CORE.contains(packageOf(file))) {
        continue;
      }
      for (String line : importLines(file)) {
        assertThat(line).as(file.toString()).matches("import (static )?(java\\.|dev\\.planner\\.).*");
        assertThat(line).as(file.toString()).doesNotContain("java.io.File", "java.nio.file", "java.net");
      }
      assertThat(Files.readString(file)).as(file.toString()).doesNotContain("System.out", "System.err", "System.exit");
    }
  }

  @Test
  void onlyMainExitsTheProcess() throws IOException {
    for (Path file : sources()) {
      if (!file.getFileName().toString().equals("Main.java")) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("System.exit");
      }
    }
  }

  @Test
  void commandsWriteOnlyThroughPicocliStreams() throws IOException {
    for (Path file : sources()) {
      if (packageOf(file).equals("cli") && !file.getFileName().toString().equals("Main.java")) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("System.out", "System.err");
      }
    }
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String packageOf(Path file) {
    return SOURCES.relativize(file).getName(0).toString();
  }

  private static List<String> importLines(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.filter(line -> line.startsWith("import ")).toList();
    }
  }

  private static List<String> projectImports(Path file) throws IOException {
    List<String> packages = new ArrayList<>();
    for (String line : importLines(file)) {
      String name = line.replace("import static ", "").replace("import ", "");
      if (name.startsWith("dev.planner.")) {
        packages.add(name.substring("dev.planner.".length()).split("\\.")[0]);
      }
    }
    // Fully qualified references in code count too.
    String text = Files.readString(file);
    Matcher qualified = Pattern.compile("dev\\.planner\\.(\\w+)\\.").matcher(text);
    while (qualified.find()) {
      packages.add(qualified.group(1));
    }
    return packages;
  }

  private static List<Path> filesImporting(String prefix) throws IOException {
    List<Path> users = new ArrayList<>();
    for (Path file : sources()) {
      if (importLines(file).stream().anyMatch(line -> line.contains(" " + prefix))
          || Files.readString(file).contains(prefix)) {
        users.add(file);
      }
    }
    return users;
  }
}
