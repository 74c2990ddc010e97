package dev.planner.bench;

import dev.planner.importing.InvalidInputException;
import dev.planner.importing.LargeInputs;
import dev.planner.importing.Source;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every reader on one huge line, a file of many small records and deep nesting, from 1 to 10 MiB: a
 * reader whose time per MiB grows with the size is worse than linear (bench/readers.sh prints ratios).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class ReaderScalingBenchmark {
  @Param({"ICALENDAR", "FRAB_XML", "FRAB_JSON", "SCHEDULE2", "SESSIONIZE", "YAML_SCHEDULE", "ROOMS_CSV",
      "ROOMS_YAML", "ROOM_STATUS", "PROFILE", "MODEL", "OBSERVATIONS"})
  String reader;

  @Param({"LONG_LINE", "LONG_FILE", "DEEP"})
  String shape;

  @Param({"1", "2", "5", "10"})
  int mebibytes;

  private LargeInputs.Reader chosen;
  private Source input;

  @Setup(Level.Trial)
  public void prepare() {
    chosen = LargeInputs.Reader.valueOf(reader);
    byte[] bytes = chosen.input(LargeInputs.Shape.valueOf(shape), mebibytes * 1024 * 1024);
    input = new Source("bench." + chosen.extension(), bytes);
  }

  /** Accepting and refusing both count: what matters is that either takes time in proportion to the size. */
  @Benchmark
  public Object read() {
    try {
      chosen.read(input);
      return Boolean.TRUE;
    } catch (InvalidInputException e) {
      return e.getMessage();
    }
  }
}
