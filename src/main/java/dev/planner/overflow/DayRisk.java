package dev.planner.overflow;

import dev.planner.model.SessionId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The forecasts of one conference day, in schedule order (start, end, room, id). */
public record DayRisk(LocalDate day, List<SessionRisk> sessions) {
  public DayRisk {
    Objects.requireNonNull(day, "day");
    sessions = List.copyOf(sessions);
  }

  public Optional<SessionRisk> find(SessionId id) {
    return sessions.stream().filter(risk -> risk.id().equals(id)).findFirst();
  }

  /** The sessions at or above a level, in schedule order. */
  public List<SessionRisk> atLeast(RiskLevel level) {
    return sessions.stream().filter(risk -> risk.level().compareTo(level) >= 0).toList();
  }
}
