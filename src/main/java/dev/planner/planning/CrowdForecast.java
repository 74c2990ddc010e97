package dev.planner.planning;

import dev.planner.model.SessionId;

/**
 * What the planner needs to know about crowds: the chance a room fills, the chance to get in given
 * when you arrive, and the chance a backup is full given that its primary is (the chance to get into
 * a backup then is {@link dev.planner.overflow.BackupAdmission}'s).
 */
public interface CrowdForecast {
  /** A forecast in which no room ever fills: the plan then depends on interest alone. */
  CrowdForecast NEVER_FULL = new CrowdForecast() {
    @Override
    public double pFull(SessionId session) {
      return 0;
    }

    @Override
    public double admission(SessionId session, double minutesEarly) {
      return 1;
    }

    @Override
    public double pFullGivenFull(SessionId backup, SessionId primary) {
      return 0;
    }
  };

  /** The chance the session's room turns people away. */
  double pFull(SessionId session);

  /** The chance to get in when arriving this many minutes before the start (negative: late). */
  double admission(SessionId session, double minutesEarly);

  /** The chance that {@code backup} is full given that {@code primary}, of the same slot, is. */
  double pFullGivenFull(SessionId backup, SessionId primary);
}
