package dev.planner.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or a marker when running from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = PlannerCommand.class.getPackage().getImplementationVersion();
    return new String[] {"planner " + (version == null ? "development build" : version)};
  }
}
