package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupPreloadTest {
  @Test
  void aRunOfACommandReadsTheZonesAndTheModelOnADaemonThreadThatEnds() throws InterruptedException {
    Optional<Thread> thread = StartupPreload.startFor(new String[] {"plan", "--day", "wednesday"});

    assertThat(thread).isPresent();
    assertThat(thread.get().isDaemon()).isTrue();
    thread.get().join(10_000);
    assertThat(thread.get().isAlive()).isFalse();
  }

  @Test
  void aRunThatOnlyAsksForHelpOrTheVersionStartsNoThread() {
    assertThat(StartupPreload.startFor(new String[0])).isEmpty();
    assertThat(StartupPreload.startFor(new String[] {"--help"})).isEmpty();
    assertThat(StartupPreload.startFor(new String[] {"-V"})).isEmpty();
  }
}
