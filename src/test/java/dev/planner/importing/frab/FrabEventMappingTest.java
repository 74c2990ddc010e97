package dev.planner.importing.frab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.importing.FixtureSources;
import dev.planner.importing.Source;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The XML and JSON shapes of one frab schedule give the same sessions: one event mapping serves both. */
class FrabEventMappingTest {
  /** A night programme: the day starts at 18:00, so its 05:00 event is on the next date, past the default day change of 04:00. */
  private static final String XML = """
      <schedule>
        <conference><title>Night Conf</title><time_zone_name>Europe/Berlin</time_zone_name></conference>
        <day index="1" date="2024-05-01" start="2024-05-01T18:00:00+02:00" end="2024-05-02T03:00:00+02:00">
          <room name="Stage">
            <event id="7"><start>19:00</start><duration>00:45</duration><title>Evening talk</title>
              <type>talk</type><track>Night</track><persons><person>Ada</person></persons>
              <abstract>&lt;p&gt;Late.&lt;/p&gt;</abstract></event>
            <event id="8"><start>05:00</start><duration>01:00</duration><title>After midnight</title></event>
            <event id="9"><start>21:00</start><duration>00:30</duration><title>Called off</title>
              <state>canceled</state></event>
          </room>
        </day>
      </schedule>
      """;
  private static final String JSON = """
      {"schedule": {"conference": {"title": "Night Conf", "time_zone_name": "Europe/Berlin",
        "days": [{"index": 1, "date": "2024-05-01", "day_start": "2024-05-01T18:00:00+02:00",
                  "day_end": "2024-05-02T03:00:00+02:00", "rooms": {"Stage": [
          {"id": 7, "start": "19:00", "duration": "00:45", "title": "Evening talk", "type": "talk", "track": "Night",
           "persons": [{"public_name": "Ada"}], "abstract": "<p>Late.</p>"},
          {"id": 8, "start": "05:00", "duration": "01:00", "title": "After midnight"},
          {"id": 9, "start": "21:00", "duration": "00:30", "title": "Called off", "state": "canceled"}]}}]}}}
      """;

  @Test
  void aDaysStartSetsItsDayChangeInXmlAsInJson() {
    Schedule xml = new FrabXmlReader().read(Source.ofText("night.xml", XML), FixtureSources.zone("Europe/Berlin")).schedule();
    Session late = xml.sessions().stream().filter(session -> session.id().value().equals("8")).findFirst().orElseThrow();
    assertThat(late.start()).isEqualTo(ZonedDateTime.parse("2024-05-02T05:00+02:00[Europe/Berlin]"));
  }

  @Test
  void theXmlAndJsonShapesGiveTheSameSessions() {
    List<Session> xml = new FrabXmlReader().read(Source.ofText("night.xml", XML), FixtureSources.zone("Europe/Berlin"))
        .schedule().sessions();
    List<Session> json = new FrabJsonReader().read(Source.ofText("night.json", JSON), FixtureSources.zone("Europe/Berlin"))
        .schedule().sessions();
    assertThat(xml).extracting(Session::id).extracting(id -> id.value()).containsExactly("7", "8");
    assertThat(xml).isEqualTo(json);
  }
}
