package dev.planner.importing.userfiles;

import dev.planner.importing.Diagnostic;
import dev.planner.importing.Diagnostics;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.Source;
import dev.planner.importing.ical.IcalScheduleReader;
import dev.planner.model.Session;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the talks someone starred: an iCalendar file (Sched's personal "My schedule" feed, pretalx's
 * {@code faved.ics}, any calendar) or plain text with one session id or title per line ({@code #}
 * starts a comment). Each event or line becomes an {@link Entry} to be matched to the schedule.
 */
public final class AgendaReader {
  /** What the agenda says about one starred talk; a plain-text line gives only its text. */
  public record Entry(String label, Optional<String> uid, Optional<String> url, Optional<String> title,
      Optional<ZonedDateTime> start) {
    static Entry line(String text) {
      return new Entry(text, Optional.of(text), Optional.of(text), Optional.of(text), Optional.empty());
    }

    static Entry event(Session event) {
      return new Entry(event.title(), Optional.of(event.id().value()),
          Optional.of(event.url()).filter(url -> !url.isBlank()), Optional.of(event.title()), Optional.of(event.start()));
    }
  }

  /** The starred entries and the reader's warnings (events left out and why). */
  public record Agenda(List<Entry> entries, List<Diagnostic> warnings) {}

  private final ZoneId zone;

  /** @param zone the conference's zone, for calendars that do not name one */
  public AgendaReader(ZoneId zone) {
    this.zone = zone;
  }

  public Agenda read(Source source) {
    String text = source.text();
    IcalScheduleReader ical = new IcalScheduleReader();
    if (ical.recognises(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
      return calendar(source, ical);
    }
    return lines(source, text);
  }

  private Agenda calendar(Source source, IcalScheduleReader ical) {
    if (!source.text().toUpperCase(Locale.ROOT).contains("BEGIN:VEVENT")) {
      Diagnostics diagnostics = new Diagnostics(source.name());
      diagnostics.error(1, 1, "the calendar has no events: star some talks first");
      throw diagnostics.failure();
    }
    ReadResult result = ical.read(source, new ReadOptions(Optional.of(zone), OptionalInt.of(1)));
    List<Entry> entries = result.schedule().sessions().stream().map(Entry::event).toList();
    return new Agenda(entries, result.warnings());
  }

  private static Agenda lines(Source source, String text) {
    List<Entry> entries = new ArrayList<>();
    for (String line : text.lines().toList()) {
      String stripped = line.strip();
      if (stripped.startsWith("\uFEFF")) {
        stripped = stripped.substring(1).strip();
      }
      if (!stripped.isEmpty() && !stripped.startsWith("#")) {
        entries.add(Entry.line(stripped));
      }
    }
    if (entries.isEmpty()) {
      Diagnostics diagnostics = new Diagnostics(source.name());
      diagnostics.error(1, 1, "no starred talks: give one session id or title per line, or an iCalendar file");
      throw diagnostics.failure();
    }
    return new Agenda(entries, List.of());
  }
}
