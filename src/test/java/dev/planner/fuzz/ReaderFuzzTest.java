package dev.planner.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.planner.importing.cfpdev.CfpDevReader;
import dev.planner.importing.frab.FrabJsonReader;
import dev.planner.importing.frab.FrabXmlReader;
import dev.planner.importing.ical.IcalScheduleReader;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.importing.userfiles.ObservationReader;
import dev.planner.importing.userfiles.ProfileReader;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.RoomOverlay;
import dev.planner.importing.userfiles.RoomStatusReader;
import dev.planner.importing.frab.Schedule2Reader;
import dev.planner.importing.ScheduleImporter;
import dev.planner.importing.ScheduleReader;
import dev.planner.importing.sessionize.SessionizeReader;
import dev.planner.importing.Source;
import dev.planner.importing.yaml.YamlScheduleReader;
import dev.planner.overflow.OverflowParameters;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every reader fed arbitrary bytes through its public entry point: the only failure allowed is an
 * {@link InvalidInputException} whose message and diagnostics name the input. Without JAZZER_FUZZ
 * these replay the corpus kept under src/test/resources; with it, one test at a time is fuzzed.
 */
class ReaderFuzzTest {
  /** The budget of the long run (docs/robustness.md); plain mvn verify only replays the corpus. */
  private static final String LONG_RUN = "10m";

  private static final ReadOptions WITH_ZONE =
      new ReadOptions(Optional.of(ZoneId.of("Europe/Paris")), OptionalInt.empty());
  private static final OverflowParameters MODEL_DEFAULTS = ModelFileReader.defaults();

  @FuzzTest(maxDuration = LONG_RUN)
  void icalendar(byte[] input) {
    readSchedule(new IcalScheduleReader(), input, "fuzz.ics");
  }

  @FuzzTest(maxDuration = LONG_RUN)
  void frabXml(byte[] input) {
    readSchedule(new FrabXmlReader(), input, "fuzz.xml");
  }

  @FuzzTest(maxDuration = LONG_RUN)
  void frabJson(byte[] input) {
    readSchedule(new FrabJsonReader(), input, "fuzz.json");
  }

  @FuzzTest(maxDuration = LONG_RUN)
  void schedule2(byte[] input) {
    readSchedule(new Schedule2Reader(), input, "fuzz.json");
  }

  @FuzzTest(maxDuration = LONG_RUN)
  void sessionize(byte[] input) {
    readSchedule(new SessionizeReader(), input, "fuzz.json");
  }

  @FuzzTest(maxDuration = LONG_RUN)
  void cfpdev(byte[] input) {
    readSchedule(new CfpDevReader(), input, "fuzz.json");
  }

  @FuzzTest(maxDuration = LONG_RUN)
  void yamlSchedule(byte[] input) {
    readSchedule(new YamlScheduleReader(), input, "fuzz.yaml");
  }

  /** The sniffing entry point the command line uses when --from is not given. */
  @FuzzTest(maxDuration = LONG_RUN)
  void sniffedSchedule(byte[] input) {
    Source source = new Source("fuzz-input", input);
    expectOnlyInvalidInput(source, () -> ScheduleImporter.standard().read(source, Optional.empty(), ReadOptions.NONE));
  }

  @FuzzTest(maxDuration = LONG_RUN)
  void roomOverlay(byte[] input) {
    Source source = new Source("fuzz-rooms.csv", input);
    expectOnlyInvalidInput(source, () -> RoomOverlay.read(source).apply(FuzzSchedules.SMALL));
  }

  @FuzzTest(maxDuration = LONG_RUN)
  void profile(byte[] input) {
    Source source = new Source("fuzz-profile.yaml", input);
    expectOnlyInvalidInput(source, () -> new ProfileReader().read(source));
  }

  @FuzzTest(maxDuration = LONG_RUN)
  void modelFile(byte[] input) {
    Source source = new Source("fuzz-model.yaml", input);
    expectOnlyInvalidInput(source, () -> ModelFileReader.read(source, MODEL_DEFAULTS));
  }

  @FuzzTest(maxDuration = LONG_RUN)
  void roomStatus(byte[] input) {
    Source source = new Source("fuzz-status.json", input);
    expectOnlyInvalidInput(source, () -> new RoomStatusReader().read(source));
  }

  @FuzzTest(maxDuration = LONG_RUN)
  void observations(byte[] input) {
    Source source = new Source("fuzz-observations.csv", input);
    expectOnlyInvalidInput(source, () -> new ObservationReader(FuzzSchedules.SMALL_IDS).read(source));
  }

  private static void readSchedule(ScheduleReader reader, byte[] input, String name) {
    Source source = new Source(name, input);
    ReadOptions options = reader instanceof SessionizeReader ? WITH_ZONE : ReadOptions.NONE;
    expectOnlyInvalidInput(source, () -> reader.read(source, options));
  }

  /** Runs a read; any throwable but a well-formed InvalidInputException escapes as a finding. */
  static void expectOnlyInvalidInput(Source source, Runnable read) {
    try {
      read.run();
    } catch (InvalidInputException e) {
      assertThat(e.getMessage()).isNotBlank().contains(source.name());
      assertThat(e.diagnostics()).isNotEmpty().allSatisfy(diagnostic -> {
        assertThat(diagnostic.source()).isEqualTo(source.name());
        assertThat(diagnostic.message()).isNotBlank();
      });
    }
  }
}
