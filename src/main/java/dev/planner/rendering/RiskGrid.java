package dev.planner.rendering;

import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.overflow.RiskLevel;
import dev.planner.overflow.SessionRisk;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The room × time picture of one day's forecast: the rooms that hold sessions (largest first, then by
 * name) and one cell per session with its time, P(full) and level. The terminal grid and the HTML day
 * page draw the same cells.
 */
public record RiskGrid(LocalDate day, List<GridRoom> rooms, List<Cell> cells) {
  public RiskGrid {
    Objects.requireNonNull(day, "day");
    rooms = List.copyOf(rooms);
    cells = List.copyOf(cells);
  }

  /** A row of the grid: a room's id, full name and seats. */
  public record GridRoom(RoomId id, String name, int capacity) {
    public GridRoom {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }
  }

  /** One session's place in the grid: its room, start, end, chance that the room is full, and level. */
  public record Cell(RoomId room, ZonedDateTime start, ZonedDateTime end, double pFull, RiskLevel level) {
    public Cell {
      Objects.requireNonNull(room, "room");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(level, "level");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("a cell must end after it starts: " + start + " to " + end);
      }
    }
  }

  /** The grid of a day's forecasts; rooms without a forecast session on that day are left out. */
  public static RiskGrid of(LocalDate day, List<SessionRisk> risks, Map<RoomId, Room> rooms) {
    Map<RoomId, GridRoom> used = new TreeMap<>();
    List<Cell> cells = new ArrayList<>();
    for (SessionRisk risk : risks) {
      Room room = rooms.get(risk.session().room());
      used.put(room.id(), new GridRoom(room.id(), room.name(), room.capacity()));
      cells.add(new Cell(room.id(), risk.session().start(), risk.session().end(), risk.pFull(), risk.level()));
    }
    List<GridRoom> ordered = used.values().stream()
        .sorted(Comparator.comparingInt(GridRoom::capacity).reversed()
            .thenComparing(GridRoom::name).thenComparing(room -> room.id().value()))
        .toList();
    cells.sort(Comparator.comparing(Cell::start).thenComparing(Cell::end).thenComparing(cell -> cell.room().value()));
    return new RiskGrid(day, ordered, cells);
  }

  /** The cells of one room, by start time. */
  public List<Cell> cellsOf(RoomId room) {
    return cells.stream().filter(cell -> cell.room().equals(room)).toList();
  }
}
