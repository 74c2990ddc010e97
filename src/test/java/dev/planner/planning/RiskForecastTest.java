package dev.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.importing.SourceLoader;
import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.model.Schedule;
import dev.planner.overflow.OverflowPredictor;
import dev.planner.overflow.RiskReport;
import dev.planner.overflow.SessionRisk;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The planner's view of a forecast gives the chances the admission curves give, bit for bit. */
class RiskForecastTest {
  @Test
  void everyChanceOfGettingInIsTheCurvesOwnIncludingAtTheStart() {
    Schedule schedule = new SourceLoader(new ByteArrayInputStream(new byte[0])).bundledSnapshot().orElseThrow();
    RiskReport report = new OverflowPredictor(ModelFileReader.defaults()).predictOn(schedule, LocalDate.of(2024, 3, 20), 0.9);
    RiskForecast forecast = new RiskForecast(report);

    assertThat(report.sessions()).hasSizeGreaterThan(100);
    for (SessionRisk risk : report.sessions()) {
      var curve = report.admissionCurve(risk.id()).orElseThrow();
      for (int minutes = 0; minutes <= 20; minutes += 5) {
        assertThat(forecast.admission(risk.id(), minutes))
            .as("%s arriving %d minutes early", risk.id(), minutes)
            .isEqualTo(curve.chanceArriving(minutes));
      }
    }
  }
}
