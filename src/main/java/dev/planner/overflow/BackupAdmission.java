package dev.planner.overflow;

/**
 * The chance to get into a backup when its primary, of the same slot, has turned you away. Spill
 * fills backups exactly when their primary is full, so the chance of a closed door at the backup
 * grows by the ratio of P(backup full | primary full) to P(backup full):
 * P(in | primary full) = 1 − (1 − P(in)) · P(full | primary full) / P(full), within [0, 1].
 */
public final class BackupAdmission {
  private BackupAdmission() {}

  /**
   * @param admission the chance to get in at the time you reach its door, not knowing the primary is full
   * @param pFull the backup's own chance of a full room
   * @param pFullGivenPrimaryFull its chance of a full room given that the primary is full
   */
  public static double givenPrimaryFull(double admission, double pFull, double pFullGivenPrimaryFull) {
    double turnedAway = 1 - admission;
    if (turnedAway <= 0 || pFull <= 0) {
      return clamp(admission);
    }
    return clamp(1 - turnedAway * pFullGivenPrimaryFull / pFull);
  }

  private static double clamp(double chance) {
    return Math.max(0, Math.min(1, chance));
  }
}
