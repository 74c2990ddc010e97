package dev.planner.bench;

import dev.planner.model.Session;
import dev.planner.overflow.OverflowPredictor;
import dev.planner.planning.DayPlanner;
import dev.planner.planning.RiskForecast;
import dev.planner.ranking.InterestScorer;
import java.time.LocalDate;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ranking, forecasting and planning a whole synthetic schedule at 1k, 10k and 100k sessions, beside
 * a baseline that only walks the same sessions, so results read as ratios on any machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class CoreBenchmark {
  @Param({"1000", "10000", "100000"})
  int sessions;

  Workload workload;

  @Setup(Level.Trial)
  public void prepare() {
    workload = new Workload(sessions);
  }

  /** The floor: one pass over every session's times and room. */
  @Benchmark
  public long baseline() {
    long sum = 0;
    for (Session session : workload.schedule.sessions()) {
      sum += session.end().toEpochSecond() - session.start().toEpochSecond() + session.room().hashCode();
    }
    return sum;
  }

  @Benchmark
  public void rank(Blackhole sink) {
    InterestScorer scorer = new InterestScorer(workload.schedule, workload.profile);
    for (LocalDate day : workload.days) {
      sink.consume(scorer.scoreDay(day));
    }
  }

  @Benchmark
  public void risk(Blackhole sink) {
    OverflowPredictor.ScheduleForecaster forecaster = workload.predictor.forSchedule(workload.schedule);
    for (LocalDate day : workload.days) {
      sink.consume(forecaster.predictOn(day, workload.target));
    }
  }

  @Benchmark
  public void plan(Blackhole sink) {
    for (int i = 0; i < workload.days.size(); i++) {
      DayPlanner planner = new DayPlanner(workload.schedule, new RiskForecast(workload.reports.get(i)), workload.options);
      sink.consume(planner.plan(workload.days.get(i), workload.scored.get(i), workload.profile));
    }
  }
}
