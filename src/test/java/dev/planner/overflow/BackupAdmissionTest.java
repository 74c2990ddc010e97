package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BackupAdmissionTest {
  @Test
  void theChanceOfAClosedDoorGrowsWithTheRatioOfTheConditionalToTheOwnChanceOfAFullRoom() {
    // Turned away one time in five alone; full half the time the primary is, against a fifth alone.
    assertThat(BackupAdmission.givenPrimaryFull(0.8, 0.2, 0.5)).isCloseTo(1 - 0.2 * 0.5 / 0.2, within(1e-12));
  }

  @Test
  void aBackupThatNeverFillsOrAlwaysLetsYouInKeepsItsOwnChance() {
    assertThat(BackupAdmission.givenPrimaryFull(1.0, 0.3, 0.9)).isEqualTo(1.0);
    assertThat(BackupAdmission.givenPrimaryFull(0.7, 0.0, 0.0)).isEqualTo(0.7);
  }

  @Test
  void theChanceStaysAChance() {
    assertThat(BackupAdmission.givenPrimaryFull(0.2, 0.1, 0.9)).isZero();
    assertThat(BackupAdmission.givenPrimaryFull(0.9, 0.5, 0.0)).isEqualTo(1.0);
  }
}
