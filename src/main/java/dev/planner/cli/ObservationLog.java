package dev.planner.cli;

import dev.planner.importing.Slug;
import dev.planner.importing.Source;
import dev.planner.importing.userfiles.ObservationLogReader;
import dev.planner.model.Schedule;
import dev.planner.model.SiteObservation;
import dev.planner.rendering.AtomicFileWriter;
import dev.planner.rendering.ObservationLogWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A conference's observations log under the state directory
 * ({@code $XDG_STATE_HOME/planner/observations/<conference>.tsv}): read whole, and added to by writing
 * the old lines and the new ones to a temporary file renamed over the old one, under a lock, so an
 * interrupted write or two writers at once never lose an earlier observation.
 */
final class ObservationLog {
  private final Path file;
  private final Schedule schedule;

  private ObservationLog(Path file, Schedule schedule) {
    this.file = file;
    this.schedule = schedule;
  }

  /** The log of the schedule's conference. */
  static ObservationLog of(Environment environment, Schedule schedule) {
    Path directory = environment.stateDirectory().resolve("observations");
    return new ObservationLog(directory.resolve(fileName(schedule.conference())), schedule);
  }

  Path file() {
    return file;
  }

  /** Every observation in the log, in log order; none when there is no log yet. */
  List<SiteObservation> read() throws IOException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    return parse(Source.ofText(file.toString(), Files.readString(file)));
  }

  /** The observations of one day of the conference, in log order. */
  List<SiteObservation> on(LocalDate day) throws IOException {
    return read().stream().filter(seen -> seen.time().toLocalDate().equals(day)).toList();
  }

  /** Reads another file in the log's shape with the conference's zone. */
  List<SiteObservation> parse(Source source) {
    return new ObservationLogReader(schedule.zone()).read(source);
  }

  /** Adds the observations the log does not hold yet; returns how many were new. */
  int add(List<SiteObservation> observations) throws IOException {
    Files.createDirectories(file.getParent());
    Path lockFile = file.resolveSibling("." + file.getFileName() + ".lock");
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         FileLock lock = channel.lock()) {
      Map<String, SiteObservation> lines = new LinkedHashMap<>();
      read().forEach(seen -> lines.put(ObservationLogWriter.line(seen), seen));
      int before = lines.size();
      observations.forEach(seen -> lines.putIfAbsent(ObservationLogWriter.line(seen), seen));
      if (lines.size() > before || !Files.exists(file)) {
        AtomicFileWriter.write(file, ObservationLogWriter.write(new ArrayList<>(lines.values())));
      }
      return lines.size() - before;
    }
  }

  /** The conference's name as a file name: "KubeCon + CloudNativeCon Europe 2024" is kubecon-cloudnativecon-europe-2024.tsv. */
  static String fileName(String conference) {
    return Slug.of(conference, Normalizer.Form.NFKD, "conference") + ".tsv";
  }
}
