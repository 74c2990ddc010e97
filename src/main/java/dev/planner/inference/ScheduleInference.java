package dev.planner.inference;

import dev.planner.inference.ReferenceTables.Edition;
import dev.planner.model.Room;
import dev.planner.model.Schedule;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The stage between reading a feed and forecasting it: fills in what the feed does not say (the time
 * zone, the attendance, room capacities) from its clues and the reference tables, never overriding
 * what the feed or the user gave, and says what it assumed and why.
 */
public final class ScheduleInference {
  private final ReferenceTables tables;
  private final PlaceZones places;

  public ScheduleInference(ReferenceTables tables) {
    this.tables = Objects.requireNonNull(tables, "tables");
    this.places = new PlaceZones(tables);
  }

  /** What the user gave on the command line, which inference keeps. */
  public record Given(boolean zone, boolean attendees) {
    public static final Given NOTHING = new Given(false, false);
  }

  /** The schedule with what was missing filled in, what was assumed, and what could not be. */
  public record Result(Schedule schedule, List<Assumption> assumptions, List<String> warnings) {
    public Result {
      Objects.requireNonNull(schedule, "schedule");
      assumptions = List.copyOf(assumptions);
      warnings = List.copyOf(warnings);
    }
  }

  public Result infer(Schedule schedule, FeedClues clues, Given given) {
    if (schedule.sessions().isEmpty()) {
      return new Result(schedule, List.of(), List.of());
    }
    List<Assumption> assumptions = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Optional<Edition> edition = AttendanceInference.edition(tables.editions(), clues, schedule);
    Schedule result = zone(schedule, clues, given, edition, assumptions, warnings);
    result = attendance(result, clues, given, edition, assumptions);
    CapacityInference.Result capacities = CapacityInference.infer(result, clues, tables.venueRooms(), edition);
    if (!capacities.notes().isEmpty()) {
      List<Room> rooms = result.venue().rooms();
      assumptions.add(new Assumption(Assumption.Topic.CAPACITY,
          "for " + CapacityInference.unknownRooms(rooms) + " of " + rooms.size() + " rooms",
          String.join("; ", capacities.notes())));
    }
    return new Result(capacities.schedule(), assumptions, warnings);
  }

  private Schedule zone(Schedule schedule, FeedClues clues, Given given, Optional<Edition> edition,
      List<Assumption> assumptions, List<String> warnings) {
    if (given.zone() || clues.zone().isPresent()) {
      return schedule;
    }
    Optional<PlaceZones.Found> found = Optional.empty();
    String basis = "";
    for (String place : clues.places()) {
      found = places.zoneOf(place);
      if (found.isPresent()) {
        basis = "from where the events are held ('" + place + "')";
        break;
      }
    }
    if (found.isEmpty() && edition.isPresent()) {
      Optional<ZoneId> zone = places.zoneOfName(edition.get().city());
      if (zone.isPresent()) {
        found = Optional.of(new PlaceZones.Found(zone.get(), edition.get().city()));
        basis = "from where " + edition.get().series() + " is held (" + edition.get().city() + ")";
      }
    }
    if (found.isEmpty()) {
      warnings.add("the feed names no time zone and no place the planner knows: times are shown "
          + (clues.wallClockTimes() ? "as written" : "in UTC")
          + "; pass --timezone with the conference's zone, such as --timezone Europe/Amsterdam");
      return schedule;
    }
    ZoneId zone = found.get().zone();
    assumptions.add(new Assumption(Assumption.Topic.ZONE, zone.getId(), basis
        + (clues.wallClockTimes() ? ", the feed's times having none" : ", the feed giving its times in UTC")
        + " (--timezone to change)"));
    return clues.wallClockTimes() ? schedule.withWallClockIn(zone) : schedule.withZone(zone);
  }

  private static Schedule attendance(Schedule schedule, FeedClues clues, Given given, Optional<Edition> edition,
      List<Assumption> assumptions) {
    if (given.attendees() || clues.attendees().isPresent()) {
      return schedule;
    }
    AttendanceInference.Inferred inferred = AttendanceInference.infer(schedule, edition);
    assumptions.add(new Assumption(Assumption.Topic.ATTENDANCE,
        withThousands(inferred.attendees()), inferred.basis() + " (--attendees to change)"));
    return schedule.withAttendance(inferred.attendees(), inferred.doubt());
  }

  /**
   * The number with a comma between groups of three digits ({@code 13,500}), as {@code %,d} writes it
   * in the root locale, without loading the formatter and its locale data for one number.
   */
  static String withThousands(int number) {
    String digits = Integer.toString(number);
    int first = number < 0 ? 1 : 0;
    StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
    grouped.append(digits, 0, first);
    for (int i = first; i < digits.length(); i++) {
      if (i > first && (digits.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(digits.charAt(i));
    }
    return grouped.toString();
  }
}
