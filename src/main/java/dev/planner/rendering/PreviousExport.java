package dev.planner.rendering;

import dev.planner.importing.ical.IcalEvents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events of an earlier export, read back so a new export can keep SEQUENCE and LAST-MODIFIED of
 * the events that did not change and count up those that did. Reads only what this planner writes.
 */
public final class PreviousExport {
  public static final PreviousExport NONE = new PreviousExport(Map.of());

  /** What an earlier export said of one event: its revision, when it last changed, and its content. */
  record Event(int sequence, String lastModified, List<String> content) {}

  private final Map<String, Event> byUid;

  private PreviousExport(Map<String, Event> byUid) {
    this.byUid = Map.copyOf(byUid);
  }

  /** Reads an export's text with the iCalendar reader's line parser; anything that is not an event of ours is skipped. */
  public static PreviousExport parse(String text) {
    Map<String, Event> events = new HashMap<>();
    for (IcalEvents.Event event : IcalEvents.read(text)) {
      event.uid().ifPresent(uid -> events.put(uid, toEvent(event.lines())));
    }
    return new PreviousExport(events);
  }

  Optional<Event> event(String uid) {
    return Optional.ofNullable(byUid.get(uid));
  }

  /** The UIDs of the earlier export, in order. */
  java.util.SortedSet<String> uids() {
    return new java.util.TreeSet<>(byUid.keySet());
  }

  public int size() {
    return byUid.size();
  }

  private static Event toEvent(List<String> lines) {
    int sequence = 0;
    String lastModified = "";
    List<String> content = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("SEQUENCE:")) {
        sequence = parseSequence(line.substring(9));
      } else if (line.startsWith("LAST-MODIFIED:")) {
        lastModified = line.substring(14);
      }
      if (IcsPlanWriter.isContent(line)) {
        content.add(line);
      }
    }
    return new Event(sequence, lastModified, content);
  }

  private static int parseSequence(String value) {
    try {
      return Math.max(0, Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
