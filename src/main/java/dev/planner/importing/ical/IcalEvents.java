package dev.planner.importing.ical;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The events of an iCalendar text as written, read with the same content-line parser as the
 * schedule reader: for tools that read a calendar back (a previous export) rather than a schedule.
 * Lenient: what cannot be read is skipped, never an error.
 */
public final class IcalEvents {
  private IcalEvents() {}

  /** One VEVENT: its UID as written, if any, and its content lines unfolded, nested blocks included. */
  public record Event(Optional<String> uid, List<String> lines) {
    public Event {
      lines = List.copyOf(lines);
    }
  }

  /** Every VEVENT of the text, at any depth, in file order; none for text that is not iCalendar. */
  public static List<Event> read(String text) {
    List<IcalComponent> roots;
    try {
      roots = IcalContentLines.parse(text.getBytes(StandardCharsets.UTF_8), new Diagnostics("calendar"));
    } catch (InvalidInputException e) {
      return List.of();
    }
    List<Event> events = new ArrayList<>();
    roots.forEach(root -> collect(root, events));
    return events;
  }

  /** The text's logical lines, unfolded (RFC 5545, 3.1), as the reader sees them. */
  public static List<String> lines(String text) {
    return IcalContentLines.logicalLines(text.getBytes(StandardCharsets.UTF_8), "calendar");
  }

  private static void collect(IcalComponent component, List<Event> events) {
    if (component.name().equals("VEVENT")) {
      events.add(new Event(component.raw("UID"), component.writtenLines()));
      return;
    }
    component.components().forEach(inner -> collect(inner, events));
  }
}
