package dev.planner.importing;

import java.time.zone.ZoneRulesException;
import java.time.zone.ZoneRulesProvider;
import net.fortuna.ical4j.model.DefaultZoneRulesProvider;

/**
 * Registers ical4j's zone rules, which it needs to read times with a TZID, once and only when a
 * calendar names one: registered as a service they would load with the first zone of every run.
 */
final class IcalZoneRules {
  private static boolean registered;

  private IcalZoneRules() {}

  static synchronized void register() {
    if (registered) {
      return;
    }
    registered = true;
    try {
      ZoneRulesProvider.registerProvider(new DefaultZoneRulesProvider());
    } catch (ZoneRulesException alreadyRegistered) {
      // ical4j's own jar on the class path (tests, IDEs) registers them as a service: nothing to add.
    }
  }
}
