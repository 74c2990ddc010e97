package dev.planner.overflow;

import static dev.planner.overflow.TestSchedules.DAY;
import static dev.planner.overflow.TestSchedules.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.model.Schedule;
import dev.planner.model.SessionType;
import dev.planner.model.Signals;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small schedules that change one thing and check the forecast changes only for crowd reasons. */
class ForecastProbesTest {
  private final OverflowPredictor predictor = new OverflowPredictor(ModelFileReader.defaults());

  /** Four rooms with a talk every 40 minutes from 10:00 to 13:10, and the workshop room. */
  private static TestSchedules fourSlotsOfTalks() {
    TestSchedules schedule = new TestSchedules().attendees(3000).room("w", 150);
    String[][] slots = {{"10:00", "10:30"}, {"10:40", "11:10"}, {"11:20", "11:50"}, {"12:00", "12:30"}};
    for (String room : List.of("b", "c", "d", "e")) {
      schedule.room(room, 300);
      for (String[] slot : slots) {
        schedule.talk(room + slot[0], room, slot[0], slot[1], "Talk in " + room);
      }
    }
    return schedule;
  }

  private double demand(Schedule schedule, String id) {
    return predictor.predict(schedule, 0.9).find(id(id)).orElseThrow().expectedDemand();
  }

  @Test
  void aLongWorkshopKeepsTheAudienceItDrawsWhenItStarts() {
    double short40 = demand(fourSlotsOfTalks()
        .session("ws", "w", DAY, "10:00", "10:40", "Workshop", SessionType.WORKSHOP, Signals.NONE).build(), "ws");
    double long160 = demand(fourSlotsOfTalks()
        .session("ws", "w", DAY, "10:00", "12:40", "Workshop", SessionType.WORKSHOP, Signals.NONE).build(), "ws");
    assertThat(long160).isCloseTo(short40, within(short40 * 0.05));
  }

  @Test
  void aTalksDemandDoesNotFallWithItsLength() {
    double thirty = demand(fourSlotsOfTalks().talk("x", "w", "10:00", "10:30", "X").build(), "x");
    for (String end : List.of("11:40", "13:00")) {
      assertThat(demand(fourSlotsOfTalks().talk("x", "w", "10:00", end, "X").build(), "x"))
          .as("until %s", end).isCloseTo(thirty, within(thirty * 0.05));
    }
  }

  private static TestSchedules trackKeynoteDay(SessionType typeOfTheOpener) {
    return new TestSchedules().attendees(3000)
        .room("a", 200).room("b", 200).room("c", 200).room("d", 200)
        .session("opener", "a", DAY, "10:00", "10:40", "Track opener", typeOfTheOpener, Signals.NONE)
        .talk("b1", "b", "10:00", "10:40", "Parallel one")
        .talk("c1", "c", "10:00", "10:40", "Parallel two")
        .talk("d1", "d", "10:00", "10:40", "Parallel three")
        .talk("later", "b", "14:00", "14:40", "Later");
  }

  @Test
  void aTrackKeynoteIsNotAPlenaryAndLeavesTheSlotsAttendanceAlone() {
    RiskReport keynote = predictor.predict(trackKeynoteDay(SessionType.KEYNOTE).build(), 0.9);
    RiskReport talk = predictor.predict(trackKeynoteDay(SessionType.TALK).build(), 0.9);
    for (String parallel : List.of("opener", "b1", "c1", "d1")) {
      assertThat(keynote.find(id(parallel)).orElseThrow().peopleInSessions()).as(parallel)
          .isCloseTo(talk.find(id(parallel)).orElseThrow().peopleInSessions(), within(1e-9));
    }
  }

  private static TestSchedules twoDays(String roomOfTheSecondDaysTalk) {
    return new TestSchedules().attendees(3000)
        .room("a", 300).room("b", 100).room("c", 200).room("tiny", 10)
        .talk("t1", "a", "10:00", "10:40", "One")
        .talk("t2", "b", "10:00", "10:40", "Two")
        .talk("t3", "c", "10:00", "10:40", "Three")
        .session("next", roomOfTheSecondDaysTalk, DAY.plusDays(1), "10:00", "10:40", "Next day", SessionType.TALK,
            Signals.NONE)
        .session("next2", "b", DAY.plusDays(1), "10:00", "10:40", "Next day two", SessionType.TALK, Signals.NONE);
  }

  @Test
  void movingATalkOnAnotherDayLeavesTodaysForecastAlone() {
    RiskReport before = predictor.predict(twoDays("a").build(), 0.9);
    RiskReport after = predictor.predict(twoDays("tiny").build(), 0.9);
    for (String today : List.of("t1", "t2", "t3")) {
      assertThat(after.find(id(today)).orElseThrow().expectedDemand()).as(today)
          .isCloseTo(before.find(id(today)).orElseThrow().expectedDemand(), within(1e-9));
    }
  }

  /** The day's rooms set the scale of the room term, so a newcomer in one of them adds pull and nothing else. */
  @Test
  void aNewcomerInTheSlotOnlyTakesPeopleAway() {
    TestSchedules base = new TestSchedules().attendees(3000)
        .room("a", 300).room("b", 200).room("c", 100).room("small", 20)
        .talk("t1", "a", "10:00", "10:40", "One")
        .talk("t2", "b", "10:00", "10:40", "Two")
        .talk("t3", "c", "10:00", "10:40", "Three")
        .talk("earlier", "small", "09:00", "09:40", "Earlier, in the small room");
    RiskReport without = predictor.predict(base.build(), 0.9);
    RiskReport with = predictor.predict(base.talk("newcomer", "small", "10:00", "10:40", "Newcomer").build(), 0.9);
    for (String other : List.of("t1", "t2", "t3")) {
      assertThat(with.find(id(other)).orElseThrow().expectedDemand()).as(other)
          .isLessThan(without.find(id(other)).orElseThrow().expectedDemand());
    }
  }

  @Test
  void aSlotExactlyTheLastSlotsWidthBeforeTheLastStartIsNotInIt() {
    Schedule schedule = new TestSchedules().attendees(1000).room("a", 100)
        .talk("boundary", "a", "16:00", "16:30", "45 minutes before the last start")
        .talk("last", "a", "16:45", "17:15", "Last")
        .build();
    RiskReport report = predictor.predict(schedule, 0.9);
    OverflowParameters.Attendance attendance = ModelFileReader.defaults().attendance();
    double ordinary = 1000 * (1 - attendance.noShow()) * attendance.inSessions();
    assertThat(report.find(id("boundary")).orElseThrow().peopleInSessions()).isCloseTo(ordinary, within(1e-9));
    assertThat(report.find(id("last")).orElseThrow().peopleInSessions())
        .isCloseTo(ordinary * attendance.lastSlotFactor(), within(1e-9));
  }

  @Test
  void aTalksDemandMovesSmoothlyAsItsOverlapWithTheKeynoteShrinks() {
    List<Double> demands = new ArrayList<>();
    for (java.time.LocalTime start = java.time.LocalTime.of(9, 40); !start.isAfter(java.time.LocalTime.of(10, 5));
        start = start.plusMinutes(1)) {
      String end = start.plusMinutes(30).toString();
      Schedule schedule = new TestSchedules().attendees(4000)
          .room("plenary", 3000).room("b", 200).room("c", 200)
          .session("key", "plenary", DAY, "09:00", "10:00", "Keynote", SessionType.KEYNOTE, Signals.NONE)
          .talk("probe", "b", start.toString(), end, "Probe")
          .talk("other", "c", start.toString(), end, "Other")
          .talk("late", "b", "15:00", "15:30", "Late")
          .build();
      demands.add(demand(schedule, "probe"));
    }
    for (int i = 1; i < demands.size(); i++) {
      // A minute less of keynote never lowers a talk's crowd, and never changes it by a fifth: no jump at half.
      assertThat(demands.get(i)).as("%s", demands).isGreaterThanOrEqualTo(demands.get(i - 1) - 1e-9)
          .isCloseTo(demands.get(i - 1), within(demands.get(i - 1) / 5));
    }
  }

  @Test
  void aOneSeatRoomLetsOnePersonIn() {
    Schedule schedule = new TestSchedules().attendees(1000).room("closet", 1).room("b", 300)
        .talk("tiny", "closet", "10:00", "10:30", "In a closet")
        .talk("big", "b", "10:00", "10:30", "Everyone else")
        .build();
    SessionRisk tiny = predictor.predict(schedule, 0.9).find(id("tiny")).orElseThrow();
    assertThat(tiny.effectiveCapacity()).isGreaterThanOrEqualTo(1);
    DemandDistribution demand = DemandDistribution.of(ModelFileReader.defaults().demand());
    assertThat(tiny.pFull()).isCloseTo(demand.pFull(tiny.expectedDemand(), 1), within(1e-12));
  }

  @Test
  void aDaysForecastAroundMidnightEqualsTheWholeSchedules() {
    Schedule schedule = new TestSchedules().attendees(2000)
        .room("a", 100).room("b", 100).room("c", 100)
        .talk("evening", "a", "21:00", "21:30", "Evening")
        .sessionUntil("late", "a", DAY, "23:30", DAY.plusDays(1), "00:15", "Late")
        .session("past-midnight", "b", DAY.plusDays(1), "00:00", "00:30", "Past midnight", SessionType.TALK, Signals.NONE)
        .session("night-owl", "c", DAY, "23:15", "23:59", "Night owl", SessionType.TALK, Signals.NONE)
        .session("morning", "a", DAY.plusDays(1), "10:00", "10:30", "Morning", SessionType.TALK, Signals.NONE)
        .build();
    RiskReport whole = predictor.predict(schedule, 0.9);
    for (java.time.LocalDate day : List.of(DAY, DAY.plusDays(1))) {
      for (SessionRisk risk : predictor.predictDay(schedule, day, 0.9).sessions()) {
        assertThat(risk).as(risk.id().value()).isEqualTo(whole.find(risk.id()).orElseThrow());
      }
    }
  }
}
