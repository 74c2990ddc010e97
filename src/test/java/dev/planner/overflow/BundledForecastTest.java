package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ScheduleImporter;
import dev.planner.importing.SourceLoader;
import dev.planner.model.Schedule;
import dev.planner.model.SessionType;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped defaults on the bundled KubeCon-sized Wednesday give a believable spread, not a sea of red. */
class BundledForecastTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 3, 20);
  private static List<SessionRisk> day;

  @BeforeAll
  static void forecast() throws Exception {
    Schedule schedule = ScheduleImporter.standard()
        .read(new SourceLoader(new ByteArrayInputStream(new byte[0])).bundled(), Optional.empty(), ReadOptions.NONE)
        .schedule();
    day = new OverflowPredictor(ModelFileReader.defaults()).predictDay(schedule, WEDNESDAY, 0.9).sessions();
  }

  @Test
  void aHandfulOfTalksAreHighRiskAndAboutOneInFiveAtLeastMedium() {
    long high = day.stream().filter(risk -> risk.level() == RiskLevel.HIGH).count();
    long atLeastMedium = day.stream().filter(risk -> risk.level() != RiskLevel.LOW).count();
    assertThat((double) high / day.size()).isBetween(0.02, 0.15);
    assertThat((double) atLeastMedium / day.size()).isBetween(0.15, 0.35);
  }

  @Test
  void theFirstKeynoteFillsThePlenaryWithoutCertainty() {
    SessionRisk first = day.stream().filter(risk -> risk.session().type() == SessionType.KEYNOTE).findFirst().orElseThrow();
    assertThat(first.pFull()).isBetween(0.3, 0.6);
  }

  @Test
  void lightningTalksAreBusyButNotHopeless() {
    assertThat(day).filteredOn(risk -> risk.session().type() == SessionType.LIGHTNING)
        .isNotEmpty()
        .allSatisfy(risk -> assertThat(risk.pFull()).isLessThan(0.5));
  }

  @Test
  void theHighRiskTalksAreInSmallOrMidSizedRooms() {
    assertThat(day).filteredOn(risk -> risk.level() == RiskLevel.HIGH)
        .allSatisfy(risk -> assertThat(risk.capacity()).isLessThan(1000));
  }
}
