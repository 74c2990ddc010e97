package dev.planner.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.importing.FixtureSources;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.ReferenceTablesReader;
import dev.planner.inference.ReferenceTables.Edition;
import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionType;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScheduleInferenceTest {
  private static final ReferenceTables HARBOUR = new ReferenceTables(
      List.of(new Edition("Harbour Summit", Pattern.compile("harbour summit", Pattern.CASE_INSENSITIVE), 2025, 4200,
          "Lisbon", "", "https://example.org/harbour-2025-in-numbers")),
      List.of(), Map.of("Portugal", "Europe/Lisbon"));

  @Test
  void aUtcFeedIsShownInTheZoneOfTheCityItsEventsAreHeldIn() {
    ReadResult read = FixtureSources.importFixture("sched-like.ics", ReadOptions.NONE);

    ScheduleInference.Result result = new ScheduleInference(ReferenceTables.EMPTY)
        .infer(read.schedule(), read.clues(), ScheduleInference.Given.NOTHING);

    assertThat(result.schedule().zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    assertThat(result.schedule().sessions()).extracting(session -> session.start().toInstant())
        .isEqualTo(read.schedule().sessions().stream().map(session -> session.start().toInstant()).toList());
    assertThat(result.assumptions()).extracting(Assumption::line)
        .anyMatch(line -> line.startsWith("time zone Europe/Lisbon") && line.contains("Lisbon, Portugal"));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void aCountryAloneNamesTheZoneThroughThePlacesTable() {
    ScheduleInference inference = new ScheduleInference(HARBOUR);
    FeedClues clues = new FeedClues(Optional.empty(), false, java.util.OptionalInt.empty(), List.of(), List.of("Porto Norte, Portugal"));
    ReadResult read = FixtureSources.importFixture("sched-like.ics", ReadOptions.NONE);

    assertThat(inference.infer(read.schedule(), clues, ScheduleInference.Given.NOTHING).schedule().zone())
        .isEqualTo(ZoneId.of("Europe/Lisbon"));
  }

  @Test
  void theRegistryGivesThePublishedAttendanceWithItsSource() {
    ReadResult read = FixtureSources.importFixture("sched-like.ics", ReadOptions.NONE);

    ScheduleInference.Result result = new ScheduleInference(HARBOUR)
        .infer(read.schedule(), read.clues(), ScheduleInference.Given.NOTHING);

    assertThat(result.schedule().attendees()).isEqualTo(4200);
    assertThat(result.schedule().attendanceDoubt()).isEqualTo(AttendanceInference.PUBLISHED_DOUBT);
    assertThat(result.assumptions()).extracting(Assumption::line)
        .anyMatch(line -> line.startsWith("attendance 4,200") && line.contains("https://example.org/harbour-2025-in-numbers"));
  }

  @Test
  void aFeedTheRegistryDoesNotKnowGetsAnEstimateFromItsShapeWithAWideDoubt() {
    ReadResult read = FixtureSources.importFixture("sched-like.ics", ReadOptions.NONE);

    ScheduleInference.Result result = new ScheduleInference(ReferenceTables.EMPTY)
        .infer(read.schedule(), read.clues(), ScheduleInference.Given.NOTHING);

    int parallel = AttendanceInference.typicalParallelTalks(read.schedule().sessions());
    assertThat(result.schedule().attendees()).isEqualTo(AttendanceInference.ATTENDEES_PER_PARALLEL_TALK * parallel);
    assertThat(result.schedule().attendanceDoubt()).isEqualTo(AttendanceInference.SHAPE_DOUBT);
    assertThat(result.assumptions()).extracting(Assumption::line).anyMatch(line -> line.contains("estimated"));
  }

  @Test
  void whatTheUserGaveIsNeverOverridden() {
    ReadResult read = FixtureSources.importFixture("sched-like.ics", FixtureSources.zone("Europe/Madrid"));

    ScheduleInference.Result result = new ScheduleInference(HARBOUR)
        .infer(read.schedule(), read.clues(), new ScheduleInference.Given(true, true));

    assertThat(result.schedule().zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
    assertThat(result.schedule().attendees()).isEqualTo(read.schedule().attendees());
    assertThat(result.assumptions()).extracting(Assumption::topic).containsOnly(Assumption.Topic.CAPACITY);
  }

  @Test
  void aFrabFileWithoutAZoneTakesItsSeriesCityAndKeepsItsWallClock() {
    ReadResult read = FixtureSources.importFixture("frab-campus-no-zone.xml", ReadOptions.NONE);

    ScheduleInference.Result result = new ScheduleInference(ReferenceTablesReader.bundled())
        .infer(read.schedule(), read.clues(), ScheduleInference.Given.NOTHING);

    Schedule schedule = result.schedule();
    assertThat(schedule.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
    assertThat(schedule.sessions()).extracting(session -> session.start().toLocalTime())
        .contains(LocalTime.of(9, 30), LocalTime.of(10, 0));
    assertThat(schedule.attendanceDoubt()).isPositive();
  }

  @Test
  void roomsMatchingAVenueTableTakeItsSeatsAndTheRestGetPriors() {
    ReadResult read = FixtureSources.importFixture("frab-campus-no-zone.xml", ReadOptions.NONE);

    Schedule schedule = new ScheduleInference(ReferenceTablesReader.bundled())
        .infer(read.schedule(), read.clues(), ScheduleInference.Given.NOTHING).schedule();

    Room ferrer = room(schedule, "H.2215 (Ferrer)");
    assertThat(ferrer.capacitySource()).isEqualTo(CapacitySource.OFFICIAL);
    assertThat(ferrer.capacity()).isEqualTo(288);
    assertThat(schedule.venue().rooms()).noneMatch(room -> room.capacitySource() == CapacitySource.DEFAULT);
  }

  @Test
  void aCapacityTheUserGaveIsKept() {
    ReadResult read = FixtureSources.importFixture("frab-campus-no-zone.xml", ReadOptions.NONE);
    Schedule given = read.schedule().withVenue(new dev.planner.model.Venue("", read.schedule().venue().rooms().stream()
        .map(room -> room.name().startsWith("H.2215") ? room.withCapacity(99, CapacitySource.ESTIMATE) : room).toList(),
        read.schedule().venue().walking()));

    Schedule schedule = new ScheduleInference(ReferenceTablesReader.bundled())
        .infer(given, read.clues(), ScheduleInference.Given.NOTHING).schedule();

    assertThat(room(schedule, "H.2215 (Ferrer)").capacity()).isEqualTo(99);
  }

  @Test
  void theKeynoteHallIsTheLargestPriorAndExpoStagesTheSmallest() {
    ReadResult read = FixtureSources.importFixture("sched-like.ics", ReadOptions.NONE);

    Schedule schedule = new ScheduleInference(ReferenceTables.EMPTY)
        .infer(read.schedule(), read.clues(), ScheduleInference.Given.NOTHING).schedule();

    Room auditorium = room(schedule, "Auditorium");
    Room breakout = room(schedule, "Room 2");
    assertThat(schedule.venue().rooms()).allMatch(room -> room.capacitySource() == CapacitySource.PRIOR);
    assertThat(auditorium.capacity()).isGreaterThan(breakout.capacity());
    assertThat(breakout.capacityDoubt()).isEqualTo(Room.PRIOR_DOUBT);
    assertThat(breakout.capacityLow()).isLessThan(breakout.capacity());
    assertThat(breakout.capacityHigh()).isGreaterThan(breakout.capacity());
  }

  @Test
  void roomNamesTellTheirRole() {
    Room stage = Room.withDefaultCapacity(new dev.planner.model.RoomId("s"), "Hall 1-5 | Tram Zone | Demo Theater");
    Room hall = Room.withDefaultCapacity(new dev.planner.model.RoomId("h"), "Hall 11");
    Room meeting = Room.withDefaultCapacity(new dev.planner.model.RoomId("m"), "G107");
    Room merged = Room.withDefaultCapacity(new dev.planner.model.RoomId("e"), "E103-105");
    Room breakout = Room.withDefaultCapacity(new dev.planner.model.RoomId("b"), "Hall 8 | Room G");

    assertThat(RolePriors.weight(stage, List.of())).isLessThan(RolePriors.weight(meeting, List.of()));
    assertThat(RolePriors.weight(meeting, List.of())).isLessThan(RolePriors.weight(breakout, List.of()));
    assertThat(RolePriors.weight(breakout, List.of())).isLessThan(RolePriors.weight(merged, List.of()));
    assertThat(RolePriors.weight(merged, List.of())).isLessThan(RolePriors.weight(hall, List.of()));
  }

  @Test
  void typicalParallelTalksCountsTalksRunningAtOnceLeavingOutKeynotesAndBreaks() {
    ReadResult read = FixtureSources.importFixture("sched-like.ics", ReadOptions.NONE);
    List<Session> talks = read.schedule().sessions().stream()
        .filter(session -> session.type().isPlannable() && session.type() != SessionType.KEYNOTE).toList();

    assertThat(AttendanceInference.typicalParallelTalks(read.schedule().sessions())).isBetween(1, talks.size());
  }

  private static Room room(Schedule schedule, String name) {
    return schedule.venue().rooms().stream().filter(room -> room.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void attendanceIsWrittenWithACommaBetweenThousandsAsTheRootLocaleWritesIt() {
    for (int number : new int[] {0, 7, 999, 1_000, 13_500, 999_999, 1_234_567, -4_200, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertThat(ScheduleInference.withThousands(number)).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", number));
    }
  }
}
