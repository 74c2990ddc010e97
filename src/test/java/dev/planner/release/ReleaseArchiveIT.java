package dev.planner.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user gets it: unpacked into a fresh folder and run through
 * {@code bin/planner} with no {@code java} on the PATH and no JAVA_HOME, so that only the runtime
 * inside the archive can run it. Run by failsafe in the release profile ({@code mvn -Pdist verify}),
 * which passes the archive's path as {@code planner.archive}.
 */
class ReleaseArchiveIT {
  @TempDir static Path directory;
  private static Path installation;
  private static Path tools;
  private static Path home;

  /** What one command run left behind. */
  private record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void unpackTheArchive() throws Exception {
    Path archive = Path.of(System.getProperty("planner.archive", "target/planner-linux-x64.tar.gz"));
    assertThat(archive).as("the release archive, built by mvn -Pdist package").isRegularFile();
    Path unpacked = Files.createDirectories(directory.resolve("opt"));
    home = Files.createDirectories(directory.resolve("home"));
    tools = toolsWithoutJava(Files.createDirectories(directory.resolve("tools")));
    Run tar = run(directory, Map.of(), "tar", "-xzf", archive.toString(), "-C", unpacked.toString());
    assertThat(tar.exitCode()).as(tar.err()).isZero();
    try (Stream<Path> tops = Files.list(unpacked)) {
      List<Path> top = tops.toList();
      assertThat(top).as("one top folder, planner-VERSION").hasSize(1);
      installation = top.get(0);
    }
    assertThat(installation.getFileName().toString()).startsWith("planner-");
  }

  /** Links to every program of the system's bin folders except Java's. */
  private static Path toolsWithoutJava(Path tools) throws IOException {
    for (String folder : List.of("/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
      if (!Files.isDirectory(Path.of(folder))) {
        continue;
      }
      try (Stream<Path> programs = Files.list(Path.of(folder))) {
        for (Path program : programs.toList()) {
          Path link = tools.resolve(program.getFileName().toString());
          if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.isExecutable(program)
              && !isJava(program)) {
            Files.createSymbolicLink(link, program);
          }
        }
      }
    }
    return tools;
  }

  private static boolean isJava(Path program) throws IOException {
    String real = program.toRealPath().toString();
    return program.getFileName().toString().startsWith("java") || real.contains("/jvm/") || real.contains("jdk");
  }

  private static Run run(Path workingDirectory, Map<String, String> extra, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    Map<String, String> environment = builder.environment();
    environment.clear();
    environment.put("PATH", tools.toString());
    environment.put("HOME", home.toString());
    environment.put("LC_ALL", "C.UTF-8");
    environment.putAll(extra);
    Path out = Files.createTempFile(directory, "out", ".txt");
    Path err = Files.createTempFile(directory, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    int code = process.waitFor();
    return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String planner() {
    return installation.resolve("bin/planner").toString();
  }

  @Test
  void thePathOfTheseRunsHoldsNoJava() throws Exception {
    Run which = run(directory, Map.of(), "sh", "-c", "command -v java");
    assertThat(which.exitCode()).as(which.out()).isNotZero();
  }

  @Test
  void plansWednesdayOfTheBundledScheduleWithTheBundledRuntime() throws Exception {
    Run plan = run(directory, Map.of(), planner(), "plan", "--day", "wednesday");
    assertThat(plan.exitCode()).as(plan.err()).isZero();
    assertThat(plan.out()).startsWith("Wednesday 20 March 2024").contains("09:00");
  }

  @Test
  void exportsWednesdayToACalendarFileInTheWorkingDirectory() throws Exception {
    Path work = Files.createDirectories(directory.resolve("work"));
    Run export = run(work, Map.of(), planner(), "export", "--day", "wednesday", "-o", "x.ics");
    assertThat(export.exitCode()).as(export.err()).isZero();
    String calendar = Files.readString(work.resolve("x.ics"), StandardCharsets.UTF_8);
    assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT").endsWith("END:VCALENDAR\r\n");
  }

  @Test
  void runsThroughASymbolicLinkFromAnotherFolderAndShowsTheReleaseVersion() throws Exception {
    Path bin = Files.createDirectories(directory.resolve("local-bin"));
    Path link = Files.createSymbolicLink(bin.resolve("planner"), Path.of(planner()));
    Run version = run(directory, Map.of(), link.toString(), "--version");
    assertThat(version.exitCode()).as(version.err()).isZero();
    assertThat(version.out().strip()).isEqualTo("planner " + installation.getFileName().toString().substring("planner-".length()));
  }

  @Test
  void loadsThePlannerFromTheClassDataArchiveWhereverItIsUnpacked() throws Exception {
    Path log = directory.resolve("classes.log");
    // Makes an archive that does not match this runtime a fatal error instead of a slow start: -Xshare:on
    // for a class-data archive, -XX:AOTMode=on for the AOT cache of a release built with JDK 25.
    String required = Files.exists(installation.resolve("lib/planner.aot")) ? "-XX:AOTMode=on" : "-Xshare:on";
    Run help = run(directory, Map.of("JAVA_TOOL_OPTIONS", required + " -Xlog:class+load=info:file=" + log),
        planner(), "--help");
    assertThat(help.exitCode()).as(help.err()).isZero();
    assertThat(help.out()).contains("Usage: planner");
    assertThat(Files.readString(log)).contains("dev.planner.cli.PlannerCli source: shared objects file");
  }

  @Test
  void rendersEveryManPageWithManAndFindsThemFromThePath() throws Exception {
    List<String> command = new ArrayList<>(List.of("man", "-l"));
    try (Stream<Path> pages = Files.list(installation.resolve("share/man/man1"))) {
      pages.map(Path::toString).sorted().forEach(command::add);
    }
    assertThat(command).hasSizeGreaterThan(10);
    Map<String, String> plain = Map.of("MANPAGER", "cat", "MANWIDTH", "80");
    Run man = run(directory, plain, command.toArray(String[]::new));
    assertThat(man.exitCode()).as(man.err()).isZero();
    assertThat(man.err()).isEmpty();
    assertThat(man.out()).contains("PLANNER-PLAN(1)", "planner plan [-hV]", "--day=DAY", "PLANNER-EXPORT(1)");

    Run where = run(directory, Map.of("PATH", installation.resolve("bin") + ":" + tools), "man", "-w", "planner");
    assertThat(where.exitCode()).as(where.err()).isZero();
    assertThat(where.out().strip()).isEqualTo(installation.resolve("share/man/man1/planner.1").toString());
  }

  @Test
  void bashAndZshCompletionFilesCompleteThePlanner() throws Exception {
    Path bash = installation.resolve("share/bash-completion/completions/planner");
    Run bashRun = run(directory, Map.of(), "bash", "-c", "source '" + bash + "' && complete -p planner");
    assertThat(bashRun.exitCode()).as(bashRun.err()).isZero();
    assertThat(bashRun.out()).contains("_complete_planner planner");
    assertThat(Files.readString(installation.resolve("share/zsh/planner.zsh"))).contains("bashcompinit", "_complete_planner");
  }

  @Test
  void shipsTheReadmeAndTheLicence() {
    assertThat(installation.resolve("README.md")).content().contains("## Install");
    assertThat(installation.resolve("LICENSE")).content().contains("Apache License", "Version 2.0");
  }
}
