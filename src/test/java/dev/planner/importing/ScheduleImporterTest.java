package dev.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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
      "sessionize-like.json, sessionize",
      "cfpdev-like.json, cfpdev"})
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
      "sessionize-like.json, 4, 4, 3",
      "cfpdev-like.json, 7, 4, 3"})
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

  @Test
  void sniffsAndReadsAFeedFoldedInsideAUtf8Character() {
    byte[] head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:u1\r\nSUMMARY:Caf".getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\u00a9 talk\r\nDTSTART:20260310T100000Z\r\nDTEND:20260310T110000Z\r\n"
        + "END:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] feed = new byte[head.length + 1 + 3 + tail.length - 1];
    System.arraycopy(head, 0, feed, 0, head.length);
    feed[head.length] = tail[0];
    feed[head.length + 1] = '\r';
    feed[head.length + 2] = '\n';
    feed[head.length + 3] = ' ';
    System.arraycopy(tail, 1, feed, head.length + 4, tail.length - 1);

    ReadResult result = ScheduleImporter.standard().read(new Source("folded.ics", feed), Optional.empty(),
        FixtureSources.zone("UTC"));

    assertThat(result.schedule().sessions()).singleElement()
        .satisfies(session -> assertThat(session.title()).isEqualTo("Caf\u00a9 talk"));
  }

  @Test
  void aFileThatIsNotUtf8AndNotICalendarIsStillRefusedAsNotUtf8() {
    Source latin1 = new Source("latin1.yaml", "conference: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> ScheduleImporter.standard().sniff(latin1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not UTF-8");
  }
}
