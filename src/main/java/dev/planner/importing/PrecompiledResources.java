package dev.planner.importing;

import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.importing.yaml.YamlScheduleReader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.planner.model.Schedule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build: turns the YAML resources the planner reads on every run (the bundled schedule,
 * the default model) into forms that start fast, a binary schedule snapshot and JSON.
 */
public final class PrecompiledResources {
  private PrecompiledResources() {}

  /**
   * Writes the precompiled resources.
   *
   * @param args the bundled schedule's YAML, its snapshot to write, the default model's YAML, its JSON to write
   */
  public static void main(String[] args) throws IOException {
    writeScheduleSnapshot(Path.of(args[0]), Path.of(args[1]));
    writeModelJson(Path.of(args[2]), Path.of(args[3]));
  }

  private static void writeScheduleSnapshot(Path yaml, Path snapshot) throws IOException {
    Schedule schedule = new YamlScheduleReader()
        .read(new Source(yaml.toString(), Files.readAllBytes(yaml)), ReadOptions.NONE).schedule();
    Files.createDirectories(snapshot.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(snapshot)) {
      ScheduleSnapshot.write(schedule, out);
    }
  }

  private static void writeModelJson(Path yaml, Path json) throws IOException {
    // Read through the model reader first, so that a broken default model fails the build.
    ModelFileReader.readComplete(Source.ofText(yaml.toString(), Files.readString(yaml)));
    Files.createDirectories(json.toAbsolutePath().getParent());
    Files.writeString(json, new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(yaml.toFile())));
  }
}
