package dev.planner.cli;

import dev.planner.importing.BundledFiles;
import dev.planner.importing.userfiles.ModelFileReader;
import java.time.zone.ZoneRulesProvider;
import java.util.Optional;

/**
 * Reads, on a daemon thread while the main thread builds the command line, what a run reads the same
 * whatever its arguments: the planner's jar, the JDK's time-zone database, which the JDK reads whole
 * for the first zone a run names, and the shipped overflow model. Reading the commands' records, the
 * schedule and the model then finds them ready, a few milliseconds sooner.
 */
final class StartupPreload implements Runnable {
  private StartupPreload() {}

  /** Starts the reading and returns its thread, unless the run only asks for help or the version. */
  static Optional<Thread> startFor(String[] args) {
    if (PlannerCli.asksOnlyForHelp(args)) {
      return Optional.empty();
    }
    Thread thread = new Thread(new StartupPreload(), "startup-preload");
    thread.setDaemon(true);
    thread.start();
    return Optional.of(thread);
  }

  @Override
  public void run() {
    try {
      // The jar first: the main thread reads the records of the commands from it a few
      // milliseconds in, and the time-zone database only once it reads the schedule.
      BundledFiles.openJar();
      ZoneRulesProvider.getAvailableZoneIds();
      ModelFileReader.defaults();
    } catch (RuntimeException | Error e) {
      // What fails to load here fails the main thread too, which reports it as the planner reports
      // errors; from here it would only print a stack trace.
    }
  }
}
