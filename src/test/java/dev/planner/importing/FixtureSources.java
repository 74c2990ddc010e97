package dev.planner.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;

/** The project's own sample feeds under {@code src/test/resources/fixtures}, and ways to read them. */
public final class FixtureSources {
  private FixtureSources() {}

  public static Source load(String name) {
    try (InputStream in = FixtureSources.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new Source(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ReadOptions zone(String zone) {
    return new ReadOptions(Optional.of(ZoneId.of(zone)), OptionalInt.empty());
  }

  /** Reads a fixture through the importer, sniffing its format as the command line does. */
  public static ReadResult importFixture(String name, ReadOptions options) {
    return ScheduleImporter.standard().read(load(name), Optional.empty(), options);
  }
}
