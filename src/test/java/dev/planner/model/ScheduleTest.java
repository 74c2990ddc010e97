package dev.planner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Room ROOM = new Room(new RoomId("a"), "Room A", 100, CapacitySource.ESTIMATE, "1", "");
  private static final Venue VENUE = new Venue("Centre", List.of(ROOM), WalkingTimes.DEFAULT);

  static Session session(String id, String start, String end, String room) {
    return Session.builder(new SessionId(id))
        .title("Talk " + id)
        .start(ZonedDateTime.parse(start))
        .end(ZonedDateTime.parse(end))
        .room(new RoomId(room))
        .build();
  }

  @Test
  void sessionsAreSortedAndShownInTheConferenceZone() {
    Session late = session("b", "2024-03-20T12:00Z", "2024-03-20T12:30Z", "a");
    Session early = session("a", "2024-03-20T10:00Z", "2024-03-20T10:30Z", "a");
    Schedule schedule = new Schedule("Conf", PARIS, 100, VENUE, List.of(late, early));
    assertThat(schedule.sessions()).extracting(s -> s.id().value()).containsExactly("a", "b");
    assertThat(schedule.sessions().get(0).start()).isEqualTo(ZonedDateTime.parse("2024-03-20T11:00+01:00[Europe/Paris]"));
  }

  @Test
  void daysAreTheConferenceZonesDates() {
    Session lateUtc = session("a", "2024-03-20T23:30Z", "2024-03-21T00:00Z", "a");
    Schedule schedule = new Schedule("Conf", PARIS, 100, VENUE, List.of(lateUtc));
    assertThat(schedule.days()).containsExactly(LocalDate.of(2024, 3, 21));
  }

  @Test
  void aDuplicateSessionIdIsRefused() {
    Session one = session("a", "2024-03-20T10:00Z", "2024-03-20T10:30Z", "a");
    assertThatThrownBy(() -> new Schedule("Conf", PARIS, 100, VENUE, List.of(one, one)))
        .hasMessageContaining("duplicate session id a");
  }

  @Test
  void aSessionInAnUnknownRoomIsRefused() {
    Session lost = session("a", "2024-03-20T10:00Z", "2024-03-20T10:30Z", "nowhere");
    assertThatThrownBy(() -> new Schedule("Conf", PARIS, 100, VENUE, List.of(lost)))
        .hasMessageContaining("unknown room nowhere");
  }

  @Test
  void aSessionMustEndAfterItStarts() {
    assertThatThrownBy(() -> session("a", "2024-03-20T10:00Z", "2024-03-20T10:00Z", "a"))
        .hasMessageContaining("not after its start");
  }

  @Test
  void roomsNeedAPositiveCapacity() {
    assertThatThrownBy(() -> new Room(new RoomId("x"), "X", 0, CapacitySource.OFFICIAL, "", ""))
        .hasMessageContaining("must be positive");
  }

  @Test
  void touchingSessionsDoNotOverlap() {
    Session first = session("a", "2024-03-20T10:00Z", "2024-03-20T10:30Z", "a");
    Session second = session("b", "2024-03-20T10:30Z", "2024-03-20T11:00Z", "a");
    Session straddling = session("c", "2024-03-20T10:15Z", "2024-03-20T10:45Z", "a");
    assertThat(first.overlaps(second)).isFalse();
    assertThat(first.overlaps(straddling)).isTrue();
    assertThat(straddling.overlaps(second)).isTrue();
  }

  @Test
  void walkingTimesUseTheTableThenLevelsThenBuildings() {
    Room a1 = new Room(new RoomId("a1"), "A1", 10, CapacitySource.DEFAULT, "1", "A");
    Room a1b = new Room(new RoomId("a1b"), "A1b", 10, CapacitySource.DEFAULT, "1", "A");
    Room a2 = new Room(new RoomId("a2"), "A2", 10, CapacitySource.DEFAULT, "2", "A");
    Room b1 = new Room(new RoomId("b1"), "B1", 10, CapacitySource.DEFAULT, "1", "B");
    WalkingTimes walking = new WalkingTimes(2, 5, 12,
        java.util.Map.of(WalkingTimes.RoomPair.of(new RoomId("a2"), new RoomId("a1")), 4));
    assertThat(walking.minutes(a1, a1)).isZero();
    assertThat(walking.minutes(a1, a1b)).isEqualTo(2);
    assertThat(walking.minutes(a1, a2)).isEqualTo(4);
    assertThat(walking.minutes(a1b, a2)).isEqualTo(5);
    assertThat(walking.minutes(a1, b1)).isEqualTo(12);
  }
}
