package dev.planner.cli;

import java.time.zone.ZoneRulesProvider;
import java.util.Optional;

/**
 * Loads the JDK's time-zone database on a daemon thread while the main thread builds the command
 * line. The JDK reads the whole database for the first zone a run names, which held up reading a
 * schedule by a few milliseconds; it now overlaps picocli's work, on the second core.
 */
final class TimeZonePreload implements Runnable {
  private TimeZonePreload() {}

  /** Starts the load and returns its thread, unless the run only asks for help or the version, which name no zone. */
  static Optional<Thread> startFor(String[] args) {
    if (PlannerCli.asksOnlyForHelp(args)) {
      return Optional.empty();
    }
    Thread thread = new Thread(new TimeZonePreload(), "time-zone-preload");
    thread.setDaemon(true);
    thread.start();
    return Optional.of(thread);
  }

  @Override
  public void run() {
    try {
      ZoneRulesProvider.getAvailableZoneIds();
    } catch (RuntimeException | Error e) {
      // A database that fails to load fails the main thread too, which reports it as the planner
      // reports errors; from here it would only print a stack trace.
    }
  }
}
