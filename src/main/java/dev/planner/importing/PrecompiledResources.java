package dev.planner.importing;

import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.importing.userfiles.ModelSnapshot;
import dev.planner.importing.yaml.YamlScheduleReader;

import dev.planner.model.Schedule;
import dev.planner.overflow.OverflowParameters;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build: turns the YAML resources the planner reads on every run (the bundled schedule,
 * the default model) into forms that start fast, a binary schedule snapshot and a binary model snapshot.
 */
public final class PrecompiledResources {
  private PrecompiledResources() {}

  /**
   * Writes the precompiled resources.
   *
   * @param args the bundled schedule's YAML, its snapshot to write, the default model's YAML, its snapshot to write
   */
  public static void main(String[] args) throws IOException {
    writeScheduleSnapshot(Path.of(args[0]), Path.of(args[1]));
    writeModelSnapshot(Path.of(args[2]), Path.of(args[3]));
  }

  private static void writeScheduleSnapshot(Path yaml, Path snapshot) throws IOException {
    Schedule schedule = new YamlScheduleReader()
        .read(new Source(yaml.toString(), Files.readAllBytes(yaml)), ReadOptions.NONE).schedule();
    Files.createDirectories(snapshot.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(snapshot)) {
      ScheduleSnapshot.write(schedule, out);
    }
  }

  private static void writeModelSnapshot(Path yaml, Path snapshot) throws IOException {
    // Read through the model reader, so that a broken default model fails the build.
    OverflowParameters parameters = ModelFileReader.readComplete(Source.ofText(yaml.toString(), Files.readString(yaml)));
    Files.createDirectories(snapshot.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(snapshot)) {
      ModelSnapshot.write(parameters, out);
    }
  }
}
