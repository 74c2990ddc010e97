package dev.planner.planning;

import dev.planner.model.SessionId;

/**
 * What the planner needs to know about crowds: the chance a room fills, and the chance to get in
 * given when you arrive, alone and given that another session of the slot is full.
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

  /**
   * The chance to get into {@code backup}, arriving this many minutes before its start, given that
   * {@code primary} turned you away: the chance of a closed door grows by the ratio of the
   * conditional to the unconditional chance of a full room, since spill fills backups exactly then.
   */
  default double admissionGivenFull(SessionId backup, SessionId primary, double minutesEarly) {
    return admissionGivenFull(backup, minutesEarly, pFullGivenFull(backup, primary));
  }

  /** The same, for a caller that already knows P(backup full | primary full). */
  default double admissionGivenFull(SessionId backup, double minutesEarly, double pFullGivenPrimaryFull) {
    double turnedAway = 1 - admission(backup, minutesEarly);
    double unconditional = pFull(backup);
    if (turnedAway <= 0 || unconditional <= 0) {
      return 1 - turnedAway;
    }
    return clamp(1 - turnedAway * pFullGivenPrimaryFull / unconditional);
  }

  private static double clamp(double chance) {
    return Math.max(0, Math.min(1, chance));
  }
}
