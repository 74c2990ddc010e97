package dev.planner.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.Golden;
import dev.planner.model.RoomId;
import dev.planner.overflow.RiskLevel;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskGridRendererTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");
  private static final LocalDate DAY = LocalDate.of(2031, 10, 8);

  /** An invented day: a plenary morning, five breakout rooms with 40-minute talks, a lightning stage at lunch. */
  private static RiskGrid inventedDay() {
    List<RiskGrid.GridRoom> rooms = List.of(
        room("main", "Congress Centre | Floor 0 | Main Hall", 3000),
        room("r1", "Congress Centre | Floor 1 | Room 1", 600),
        room("r2", "Congress Centre | Floor 1 | Room 2", 400),
        room("r3", "Congress Centre | Floor 2 | Room 3 | Workshops", 150),
        room("r4", "Annex | Floor 2 | Room 3 | Workshops", 120),
        room("stage", "Congress Centre | Floor 0 | Quick Talks Stage", 90));
    List<RiskGrid.Cell> cells = new ArrayList<>();
    cells.add(cell("main", "09:00", "09:20", 0.45));
    cells.add(cell("main", "09:20", "09:40", 0.35));
    cells.add(cell("main", "09:45", "10:05", 0.15));
    String[] starts = {"10:30", "11:20", "13:30", "14:20", "15:30", "16:20"};
    double[][] chances = {
        {0.02, 0.12, 0.25, 0.55, 0.9},
        {0.05, 0.30, 0.01, 0.85, 0.6},
        {0.00, 0.18, 0.62, 0.05, 0.35},
        {0.11, 0.04, 0.22, 0.95, 0.15},
        {0.01, 0.50, 0.08, 0.40, 0.70},
        {0.03, 0.09, 0.19, 0.21, 0.81}};
    String[] breakout = {"main", "r1", "r2", "r3", "r4"};
    for (int slot = 0; slot < starts.length; slot++) {
      for (int room = 0; room < breakout.length; room++) {
        if ((slot + room) % 4 == 3) {
          continue; // an empty room slot now and then
        }
        LocalTime start = LocalTime.parse(starts[slot]);
        cells.add(cell(breakout[room], start.toString(), start.plusMinutes(40).toString(), chances[slot][room]));
      }
    }
    for (int talk = 0; talk < 5; talk++) {
      LocalTime start = LocalTime.of(12, 30).plusMinutes(7L * talk);
      cells.add(cell("stage", start.toString(), start.plusMinutes(5).toString(), 0.1 * talk));
    }
    return new RiskGrid(DAY, rooms, cells);
  }

  @Test
  void drawsTheDayAt80Columns() {
    Golden.assertMatches("risk-grid-80.txt", new RiskGridRenderer(Palette.PLAIN, 80).render(inventedDay()));
  }

  @Test
  void withoutColourABlankMeansNoSessionAndADotALowChance() {
    String grid = new RiskGridRenderer(Palette.PLAIN, 200).render(inventedDay());

    assertThat(grid).contains("blank: no session", "· below 10%");
    // Main Hall's morning: 09:00-09:40 at 3% (dots), then nothing until the next slot (blanks).
    String mainHall = grid.lines().filter(line -> line.startsWith("Main Hall")).findFirst().orElseThrow();
    assertThat(mainHall).contains("·· ").doesNotContain(" · ");
  }

  @Test
  void drawsTheDayAt200Columns() {
    Golden.assertMatches("risk-grid-200.txt", new RiskGridRenderer(Palette.PLAIN, 200).render(inventedDay()));
  }

  @Test
  void drawsColouredCellsOnATerminal() {
    Golden.assertMatches("risk-grid-80-colour.txt", new RiskGridRenderer(Palette.ANSI, 80).render(inventedDay()));
  }

  @Test
  void everyLineFitsTheWidth() {
    for (int width : new int[] {80, 100, 200}) {
      String grid = new RiskGridRenderer(Palette.PLAIN, width).render(inventedDay());
      assertThat(grid.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
    }
  }

  @Test
  void usesFifteenMinuteColumnsAt80AndFiveAt200() {
    assertThat(new RiskGridRenderer(Palette.PLAIN, 80).render(inventedDay())).contains("one column = 15 min");
    assertThat(new RiskGridRenderer(Palette.PLAIN, 200).render(inventedDay())).contains("one column = 5 min");
    assertThat(RiskGridRenderer.stepFor(9 * 60, 200 - 26)).isEqualTo(5);
    assertThat(RiskGridRenderer.stepFor(9 * 60, 80 - 26)).isEqualTo(15);
    assertThat(RiskGridRenderer.stepFor(24 * 60, 30)).isEqualTo(60);
  }

  @Test
  void shadesByTheChanceOfAFullRoom() {
    assertThat(RiskGridRenderer.band(0)).isZero();
    assertThat(RiskGridRenderer.band(0.0999)).isZero();
    assertThat(RiskGridRenderer.band(0.1)).isEqualTo(1);
    assertThat(RiskGridRenderer.band(0.2)).isEqualTo(2);
    assertThat(RiskGridRenderer.band(0.5)).isEqualTo(3);
    assertThat(RiskGridRenderer.band(0.8)).isEqualTo(4);
    assertThat(RiskGridRenderer.band(1)).isEqualTo(4);
  }

  @Test
  void abbreviatesRoomNamesUntilTheyDiffer() {
    String grid = new RiskGridRenderer(Palette.PLAIN, 200).render(inventedDay());
    assertThat(grid).contains("\nMain Hall ", "\nRoom 1 ", "\nQuick Talks Stage ")
        .contains("\nCongress Centre W…", "\nAnnex Workshops ");
  }

  @Test
  void aDayWithoutForecastsSaysSo() {
    String grid = new RiskGridRenderer(Palette.PLAIN, 80).render(new RiskGrid(DAY, List.of(), List.of()));
    assertThat(grid).contains("No forecast sessions");
  }

  private static RiskGrid.GridRoom room(String id, String name, int seats) {
    return new RiskGrid.GridRoom(new RoomId(id), name, seats);
  }

  private static RiskGrid.Cell cell(String room, String from, String to, double pFull) {
    return new RiskGrid.Cell(new RoomId(room), at(from), at(to), pFull,
        pFull >= 0.5 ? RiskLevel.HIGH : pFull >= 0.2 ? RiskLevel.MEDIUM : RiskLevel.LOW);
  }

  private static ZonedDateTime at(String time) {
    return ZonedDateTime.of(DAY, LocalTime.parse(time), ZONE);
  }
}
