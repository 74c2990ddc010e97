package dev.planner.importing.userfiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.importing.ReadOptions;
import dev.planner.importing.Source;
import dev.planner.importing.userfiles.AgendaMatcher.How;
import dev.planner.importing.yaml.YamlScheduleReader;
import dev.planner.model.Schedule;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgendaMatcherTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Schedule SCHEDULE = new YamlScheduleReader().read(Source.ofText("twice.yaml", """
      conference: Twice Conf
      timezone: Europe/Paris
      attendees: 300
      venue:
        rooms:
          - {id: a, name: Room A, capacity: 100}
          - {id: b, name: Room B, capacity: 100}
      sessions:
        - {id: t1, title: Office Hours, start: 2024-05-02T10:00, end: 2024-05-02T10:30, room: a, type: talk,
           url: "https://conf.example/talk/T1/"}
        - {id: t2, title: Office Hours, start: 2024-05-02T14:00, end: 2024-05-02T14:30, room: a, type: talk}
        - {id: t3, title: Reading  the Stars, start: 2024-05-02T10:00, end: 2024-05-02T10:30, room: b, type: talk}
      """), ReadOptions.NONE).schedule();

  private static AgendaReader.Entry event(String uid, String url, String title, String localStart) {
    return new AgendaReader.Entry(title, Optional.of(uid), Optional.of(url), Optional.of(title),
        Optional.of(ZonedDateTime.of(java.time.LocalDateTime.parse(localStart), PARIS)));
  }

  @Test
  void idComesFirstThenTheLinkWhateverItsSchemeAndTrailingSlash() {
    AgendaMatcher.Result result = new AgendaMatcher(SCHEDULE).match(List.of(
        event("t3", "", "Something Else", "2024-05-02T18:00"),
        event("uid-x", "http://CONF.example/talk/T1", "Renamed", "2024-05-02T18:00")));

    assertThat(result.matched()).extracting(matched -> matched.session().id().value(), AgendaMatcher.Matched::how)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("t3", How.ID), org.assertj.core.groups.Tuple.tuple("t1", How.URL));
  }

  @Test
  void aTitleSharedBySeveralSessionsNeedsTheTime() {
    AgendaMatcher.Result result = new AgendaMatcher(SCHEDULE).match(List.of(
        event("x1", "", "OFFICE HOURS", "2024-05-02T14:00"),
        event("x2", "", "office hours", "2024-05-02T16:00")));

    assertThat(result.matched()).singleElement()
        .satisfies(matched -> assertThat(matched.session().id().value()).isEqualTo("t2"))
        .satisfies(matched -> assertThat(matched.how()).isEqualTo(How.TITLE_AND_TIME));
    assertThat(result.unmatched()).singleElement()
        .satisfies(unmatched -> assertThat(unmatched.reason()).isEqualTo("2 sessions have this title and none starts at the same time"));
  }

  @Test
  void aTalkThatMovedIsFoundByItsTitleAloneAndSpeakersAfterADashAreIgnored() {
    AgendaMatcher.Result result = new AgendaMatcher(SCHEDULE).match(List.of(
        event("x3", "", "Reading the Stars - Vera Rubin", "2024-05-02T11:00")));

    assertThat(result.matched()).singleElement()
        .satisfies(matched -> assertThat(matched.session().id().value()).isEqualTo("t3"))
        .satisfies(matched -> assertThat(matched.how()).isEqualTo(How.MOVED));
  }

  @Test
  void theMatchedSessionsComeOnceInScheduleOrder() {
    AgendaMatcher.Result result = new AgendaMatcher(SCHEDULE).match(List.of(
        event("t2", "", "", "2024-05-02T14:00"), event("t3", "", "", "2024-05-02T10:00"),
        event("t2", "", "", "2024-05-02T14:00")));

    assertThat(result.sessions()).extracting(session -> session.id().value()).containsExactly("t3", "t2");
  }
}
