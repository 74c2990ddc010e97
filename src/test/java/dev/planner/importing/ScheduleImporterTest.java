package dev.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleImporterTest {
  @ParameterizedTest
  @CsvSource({
      "sched-like.ics, ical",
      "plain-team.ics, ical",
      "frab-no-dates.xml, frab-xml",
      "pretalx-like.json, frab-json",
      "schedule2-like.json, schedule2",
      "sessionize-like.json, sessionize"})
  void sniffsEachFormatFromItsContent(String fixture, String format) {
    ScheduleReader reader = ScheduleImporter.standard().sniff(FixtureSources.load(fixture));

    assertThat(reader.format()).isEqualTo(Format.fromLabel(format));
  }

  @ParameterizedTest
  @CsvSource({
      "sched-like.ics, 7, 5, 7",
      "plain-team.ics, 3, 2, 2",
      "frab-no-dates.xml, 5, 2, 6",
      "pretalx-like.json, 4, 2, 4",
      "schedule2-like.json, 3, 3, 3",
      "sessionize-like.json, 4, 4, 3"})
  void importsEveryFixtureWithExactCounts(String fixture, int sessions, int rooms, int speakers) {
    var schedule = FixtureSources.importFixture(fixture, FixtureSources.zone("Europe/Berlin")).schedule();

    assertThat(schedule.sessions()).hasSize(sessions);
    assertThat(schedule.venue().rooms()).hasSize(rooms);
    assertThat(schedule.sessions().stream().flatMap(session -> session.speakers().stream()).map(speaker -> speaker.name()).distinct())
        .hasSize(speakers);
  }

  @ParameterizedTest
  @CsvSource({"frab-no-dates.xml", "pretalx-like.json"})
  void forcedFormatReadsWithoutSniffing(String fixture) {
    Format format = fixture.endsWith(".xml") ? Format.FRAB_XML : Format.FRAB_JSON;

    ReadResult result = ScheduleImporter.standard().read(FixtureSources.load(fixture), Optional.of(format),
        FixtureSources.zone("Europe/Brussels"));

    assertThat(result.schedule().sessions()).isNotEmpty();
  }
}
