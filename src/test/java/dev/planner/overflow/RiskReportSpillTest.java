package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.importing.SourceLoader;
import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.model.Schedule;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A report keeps each primary's side of the spill model: every backup weighed against it gets what a fresh model gives. */
class RiskReportSpillTest {
  @Test
  void backupsWeighedAgainstAPrimaryGetTheChanceOfAFreshModel() {
    Schedule schedule = new SourceLoader(new ByteArrayInputStream(new byte[0])).bundledSnapshot().orElseThrow();
    OverflowParameters parameters = ModelFileReader.defaults();
    RiskReport report = new OverflowPredictor(parameters).predictOn(schedule, LocalDate.of(2024, 3, 20), 0.9);
    DemandDistribution base = DemandDistribution.of(parameters.demand());
    int weighed = 0;
    for (SessionRisk primary : report.sessions()) {
      DemandDistribution demand = base.widened(Math.hypot(schedule.attendanceDoubt(),
          schedule.roomsById().get(primary.session().room()).capacityDoubt()));
      for (ChoiceSet.Alternative alternative : primary.choice().alternatives()) {
        SessionRisk backup = report.find(alternative.id()).orElseThrow();
        double fresh = SpillModel.pFullGivenFull(demand, primary.expectedDemand(), primary.effectiveCapacity(),
            backup.expectedDemand(), backup.effectiveCapacity(),
            parameters.spillShare() * primary.choice().spillShareOf(backup.id()));

        assertThat(report.pFullGivenFull(backup.id(), primary.id()))
            .as("%s given %s full", backup.id(), primary.id())
            .isEqualTo(fresh);
        weighed++;
      }
    }
    assertThat(weighed).isGreaterThan(500);
  }
}
