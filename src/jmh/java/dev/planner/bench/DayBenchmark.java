package dev.planner.bench;

import dev.planner.planning.DayPlanner;
import dev.planner.planning.RiskForecast;
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

/** One conference day of 200, 600 or 5,000 sessions: its forecast and its plan. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DayBenchmark {
  @Param({"200", "600", "5000"})
  int sessions;

  Workload workload;

  @Setup(Level.Trial)
  public void prepare() {
    workload = new Workload(sessions);
  }

  @Benchmark
  public Object riskOfTheDay() {
    return workload.predictor.predictOn(workload.schedule, workload.days.get(0), workload.target);
  }

  @Benchmark
  public Object planOfTheDay() {
    return new DayPlanner(workload.schedule, new RiskForecast(workload.reports.get(0)), workload.options)
        .plan(workload.days.get(0), workload.scored.get(0), workload.profile);
  }
}
