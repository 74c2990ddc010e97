package dev.planner.importing.userfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planner.importing.InvalidInputException;
import dev.planner.importing.Source;
import dev.planner.model.SessionId;
import dev.planner.model.SiteObservation;
import dev.planner.overflow.Observation;
import dev.planner.rendering.ObservationLogWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObservationLogReaderTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final String LOG = ObservationLogReader.HEADER + "\n"
      + "2024-03-20T11:05+01:00\tfull\troom-c\ts1\t\tana\n"
      + "\n# a note\n"
      + "2024-03-20T10:10Z\tcount\tr2\ts2\t90\tbruno pereira\n"
      + "2024-03-20T11:10+01:00\topen\troom-c\ts1\t\tana\n"
      + "2024-03-20T11:12+01:00\tqueue\tr3\ts3\t0\tana\n"
      + "2024-03-20T11:13+01:00\topen\tr4\ts4\t\tana\n"
      + "2024-03-20T20:00+01:00\tfull\tr4\t\t\tana\n";

  @Test
  void readsEveryLineInTheConferenceZoneAndWritesItBackInTimeOrder() {
    List<SiteObservation> seen = new ObservationLogReader(PARIS).read(Source.ofText("log.tsv", LOG));

    assertThat(seen).hasSize(6);
    assertThat(seen.get(1).time().toString()).isEqualTo("2024-03-20T11:10+01:00[Europe/Paris]");
    assertThat(seen.get(1).value()).isEqualTo(OptionalInt.of(90));
    assertThat(seen.get(1).observer()).isEqualTo("bruno pereira");
    String written = ObservationLogWriter.write(seen);
    assertThat(written.lines()).containsExactly(ObservationLogReader.HEADER,
        "2024-03-20T11:05+01:00\tfull\troom-c\ts1\t\tana",
        "2024-03-20T11:10+01:00\topen\troom-c\ts1\t\tana",
        "2024-03-20T11:10+01:00\tcount\tr2\ts2\t90\tbruno pereira",
        "2024-03-20T11:12+01:00\tqueue\tr3\ts3\t0\tana",
        "2024-03-20T11:13+01:00\topen\tr4\ts4\t\tana",
        "2024-03-20T20:00+01:00\tfull\tr4\t\t\tana");
    assertThat(new ObservationLogReader(PARIS).read(Source.ofText("again.tsv", written))).containsExactlyInAnyOrderElementsOf(seen);
  }

  @Test
  void forCalibrationFullWinsThenTheLargestCountThenOpen() {
    List<SiteObservation> seen = new ObservationLogReader(PARIS).read(Source.ofText("log.tsv", LOG));

    List<Observation> observations = ObservationLogReader.forCalibration(seen,
        Set.of(new SessionId("s1"), new SessionId("s2"), new SessionId("s3")));

    assertThat(observations).containsExactly(
        Observation.full(new SessionId("s1"), true),
        Observation.counted(new SessionId("s2"), 90),
        Observation.full(new SessionId("s3"), false));
  }

  @Test
  void badLinesAreErrorsAtTheirLine() {
    String bad = ObservationLogReader.HEADER + "\n"
        + "yesterday\tfull\troom-c\t\t\tana\n"
        + "2024-03-20T11:05+01:00\tpacked\troom-c\t\t\tana\n"
        + "2024-03-20T11:05+01:00\tcount\troom-c\ts1\t\tana\n"
        + "2024-03-20T11:05+01:00\tqueue\troom-c\ts1\tmany\tana\n"
        + "2024-03-20T11:05+01:00\tfull\troom-c\n";

    assertThatThrownBy(() -> new ObservationLogReader(PARIS).read(Source.ofText("bad.tsv", bad)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
            .extracting(dev.planner.importing.Diagnostic::format)
            .satisfiesExactly(
                line -> assertThat(line).startsWith("bad.tsv:2:1: error: the time 'yesterday' is not an ISO-8601 time"),
                line -> assertThat(line).startsWith("bad.tsv:3:1: error: unknown observation 'packed'"),
                line -> assertThat(line).startsWith("bad.tsv:4:1: error: count needs number of people"),
                line -> assertThat(line).startsWith("bad.tsv:5:1: error: the number of people 'many' is not a whole number"),
                line -> assertThat(line).startsWith("bad.tsv:6:1: error: expected 6 tab-separated cells")));
  }

  @Test
  void aFileWithoutTheHeaderIsNotALog() {
    assertThat(ObservationLogReader.isLog("id,full\ns1,1\n")).isFalse();
    assertThatThrownBy(() -> new ObservationLogReader(PARIS).read(Source.ofText("seen.csv", "id,full\n")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("seen.csv:1:1: error: not an observations log");
  }
}
