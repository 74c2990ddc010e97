package dev.planner.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version from the jar's manifest, or from the module's declaration in the release's runtime
 * image (which keeps no manifest), or a marker when running from classes.
 */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = PlannerCommand.class.getPackage().getImplementationVersion();
    if (version == null && PlannerCommand.class.getModule().getDescriptor() != null) {
      version = PlannerCommand.class.getModule().getDescriptor().rawVersion().orElse(null);
    }
    return new String[] {"planner " + (version == null ? "development build" : version)};
  }
}
