package dev.planner.cli;

import dev.planner.model.Room;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SiteObservation;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rooms the day's observations log says are full now, for {@code plan --now}: a room's latest
 * observation up to now decides. Seen full (or a queue outside, or a head count at its seats) keeps
 * it full until the session seen ends, and at least {@value #FRESH_MINUTES} minutes; a later
 * {@code open} (or an empty queue, or a count below its seats) lifts it.
 */
final class SeenFull {
  /** How long a room seen full counts as full when no session says longer. */
  static final int FRESH_MINUTES = 15;

  private SeenFull() {}

  /** The rooms full now by the log, each with the observation that says so, in room order. */
  static Map<Room, SiteObservation> rooms(CommandContext context, Schedule schedule, LocalDate day, ZonedDateTime moment)
      throws IOException {
    ObservationLog log = ObservationLog.of(context.environment(), schedule);
    Map<Room, SiteObservation> latest = new LinkedHashMap<>();
    List<SiteObservation> seen = new ArrayList<>(log.on(day));
    seen.sort(SiteObservation.ORDER);
    for (SiteObservation observation : seen) {
      if (!observation.time().isAfter(moment)) {
        schedule.venue().room(observation.room()).ifPresent(room -> latest.put(room, observation));
      }
    }
    Map<Room, SiteObservation> full = new LinkedHashMap<>();
    latest.forEach((room, observation) -> {
      if (observation.saysFull(room.capacity()) && moment.isBefore(until(schedule, observation))) {
        full.put(room, observation);
        context.hint(room.name() + " seen full at " + observation.time().toLocalTime() + " by " + observation.observer()
            + " (" + log.file().getFileName() + "): the plan routes around it");
      }
    });
    return full;
  }

  /** Until when an observation of a full room holds: the end of the session seen, and at least a few minutes. */
  static ZonedDateTime until(Schedule schedule, SiteObservation observation) {
    ZonedDateTime fresh = observation.time().plusMinutes(FRESH_MINUTES);
    Optional<ZonedDateTime> end = observation.session().flatMap(schedule::session).map(Session::end);
    return end.filter(fresh::isBefore).orElse(fresh);
  }
}
