package dev.planner.rendering;

import dev.planner.Golden;
import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.Speaker;
import dev.planner.planning.Backup;
import dev.planner.planning.DayPlan;
import dev.planner.planning.Fallback;
import dev.planner.planning.PlanWindow;
import dev.planner.ranking.ScoredSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The calendar writer against a golden file, on a plan built by hand: its numbers are fixed here, so
 * the file changes only when the writer does, never when the forecast is re-tuned.
 */
class IcsPlanWriterGoldenTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final LocalDate DAY = LocalDate.of(2030, 6, 12);
  private static final Map<RoomId, Room> ROOMS = Map.of(
      new RoomId("hall"), new Room(new RoomId("hall"), "Main Hall", 600, CapacitySource.OFFICIAL, "1", "A"),
      new RoomId("r101"), new Room(new RoomId("r101"), "Room 101", 80, CapacitySource.ESTIMATE, "1", "A"));

  private static ScoredSession scored(String id, String title, String from, String to, String room, double interest) {
    Session session = Session.builder(new SessionId(id)).title(title)
        .start(ZonedDateTime.of(DAY, LocalTime.parse(from), ZONE)).end(ZonedDateTime.of(DAY, LocalTime.parse(to), ZONE))
        .room(new RoomId(room)).track("Platform; Engineering").url("https://example.org/" + id)
        .speakers(List.of(new Speaker("Ada Lovelace", "Analytical, Engines"))).abstractText("Line one.\nLine two, with a comma.")
        .build();
    return new ScoredSession(session, interest, List.of());
  }

  private static DayPlan handBuiltPlan() {
    ScoredSession crowded = scored("crowded", "A crowded talk in a small room", "10:00", "10:40", "r101", 92);
    ScoredSession backup = scored("backup", "The backup next door", "10:00", "10:40", "hall", 55);
    ScoredSession quiet = scored("quiet", "A quiet afternoon talk", "14:00", "14:30", "hall", 40);
    PlanWindow first = new PlanWindow(crowded, ZonedDateTime.of(DAY, LocalTime.of(9, 48), ZONE), false, 0.62, 0.9,
        List.of(new Backup(backup, 3, ZonedDateTime.of(DAY, LocalTime.of(10, 3), ZONE), 0.31, 0.69)), Fallback.HALLWAY, 0,
        88.4, 0.97, 88.4, Optional.of(ZonedDateTime.of(DAY, LocalTime.of(10, 35), ZONE)));
    PlanWindow second = new PlanWindow(quiet, ZonedDateTime.of(DAY, LocalTime.of(14, 0), ZONE), false, 0.04, 0.96,
        List.of(), Fallback.RECORDING, 10, 38.8, 0.96, 38.8, Optional.empty());
    return DayPlan.of(DAY, List.of(first, second));
  }

  @Test
  void aHandBuiltPlanIsWrittenAsItsGoldenCalendar() {
    IcsPlanWriter writer = new IcsPlanWriter("Hand Built Conf", ZONE, ROOMS,
        new IcsPlanWriter.Settings(10, true, Instant.parse("2030-06-01T08:00:00Z")));
    Golden.assertMatches("hand-built-plan.ics", writer.write(List.of(handBuiltPlan()), PreviousExport.NONE));
  }
}
