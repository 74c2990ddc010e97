package dev.planner.rendering;

import dev.planner.importing.Slug;
import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Session;
import dev.planner.planning.Backup;
import dev.planner.planning.DayPlan;
import dev.planner.planning.PlanWindow;
import dev.planner.ranking.ScoredSession;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes day plans as an iCalendar file (RFC 5545): an event per primary with an alarm, and
 * optionally the backups as tentative, transparent events.
 *
 * <p>Hand-written rather than through ical4j because RFC 5545 folds lines at 75 octets and ical4j's
 * folding writer counts characters, so lines with accents or emoji came out longer than the limit;
 * and because its VTIMEZONE comes from a zone registry that takes seconds to load. ical4j still
 * checks the result in the tests.
 */
public final class IcsPlanWriter {
  /** From this chance of a full room on, the alarm rings at the arrive-by time instead of the reminder. */
  public static final double AT_RISK = 0.2;

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final Set<String> REVISION_PROPERTIES = Set.of("UID", "DTSTAMP", "SEQUENCE", "LAST-MODIFIED");

  private final String conference;
  private final ZoneId zone;
  private final Map<RoomId, Room> rooms;
  private final Settings settings;

  /**
   * What the export contains besides the primaries.
   *
   * @param reminderMinutes how long before the start the alarm of a session not at risk rings
   * @param includeBackups whether the backups become tentative events
   * @param now when this export is made: its DTSTAMP, and LAST-MODIFIED of the events it changes
   */
  public record Settings(int reminderMinutes, boolean includeBackups, Instant now) {
    public Settings {
      if (reminderMinutes < 0) {
        throw new IllegalArgumentException("reminderMinutes must not be negative");
      }
      now = now.truncatedTo(ChronoUnit.SECONDS);
    }
  }

  public IcsPlanWriter(String conference, ZoneId zone, Map<RoomId, Room> rooms, Settings settings) {
    this.conference = conference;
    this.zone = zone;
    this.rooms = Map.copyOf(rooms);
    this.settings = settings;
  }

  /** The calendar of the plans, keeping the revisions of the events that the earlier export already had unchanged. */
  public String write(List<DayPlan> plans, PreviousExport previous) {
    List<PlanWindow> windows = plans.stream().flatMap(plan -> plan.windows().stream())
        .sorted(Comparator.comparing(PlanWindow::start).thenComparing(window -> window.primary().session().id()))
        .toList();
    Set<String> written = new HashSet<>();
    List<Event> events = new ArrayList<>();
    for (PlanWindow window : windows) {
      Session session = window.primary().session();
      written.add(session.id().value());
      events.add(new Event(session, 0, revised(primary(window), session, previous)));
    }
    if (settings.includeBackups()) {
      for (PlanWindow window : windows) {
        for (Backup backup : window.backups()) {
          Session session = backup.scored().session();
          if (written.add(session.id().value())) {
            events.add(new Event(session, 1, revised(backup(backup, window), session, previous)));
          }
        }
      }
    }
    events.sort(Comparator.comparing((Event event) -> event.session().start())
        .thenComparingInt(Event::rank).thenComparing(event -> event.session().id()));
    Set<String> uids = new HashSet<>();
    events.forEach(event -> uids.add(ContentLines.text(uid(event.session()))));
    List<List<String>> cancelled = cancelled(previous, uids);
    StringBuilder out = new StringBuilder();
    List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//planner//conference day plan//EN",
        "CALSCALE:GREGORIAN", "X-WR-CALNAME:" + ContentLines.text(conference), "X-WR-TIMEZONE:" + zone.getId()));
    years(windows, cancelled).ifPresent(years -> lines.addAll(CalendarTimeZone.lines(zone, years[0], years[1])));
    events.forEach(event -> lines.addAll(event.lines()));
    cancelled.forEach(lines::addAll);
    lines.add("END:VCALENDAR");
    lines.forEach(line -> out.append(ContentLines.fold(line)));
    return out.toString();
  }

  /** An event's lines, placed by the start of its session, primaries before backups. */
  private record Event(Session session, int rank, List<String> lines) {}

  /** The stable UID of a session's event: the session id at the conference, the same in every export. */
  public String uid(Session session) {
    return session.id().value() + "@" + slug(conference) + ".planner";
  }

  /** Whether a logical line is part of what an event says, rather than of its revision bookkeeping. */
  static boolean isContent(String line) {
    int end = line.length();
    for (char stop : new char[] {':', ';'}) {
      int at = line.indexOf(stop);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return !REVISION_PROPERTIES.contains(line.substring(0, end));
  }

  /**
   * The events of the earlier export that this one no longer has (a talk dropped from the plan, a day
   * no longer exported), written once more as cancelled so that calendar apps remove them instead of
   * keeping them forever. Their alarms go; an event already cancelled keeps its revision.
   */
  private List<List<String>> cancelled(PreviousExport previous, Set<String> written) {
    List<List<String>> events = new ArrayList<>();
    for (String uid : previous.uids()) {
      if (written.contains(uid) || !uid.endsWith(".planner")) {
        continue;
      }
      List<String> content = new ArrayList<>();
      boolean inAlarm = false;
      for (String line : previous.event(uid).orElseThrow().content()) {
        inAlarm = inAlarm ? !line.equals("END:VALARM") : line.equals("BEGIN:VALARM");
        boolean alarmLine = inAlarm || line.equals("END:VALARM");
        if (!alarmLine && !line.startsWith("STATUS:") && !line.startsWith("TRANSP:")) {
          content.add(line);
        }
      }
      content.add("STATUS:CANCELLED");
      content.add("TRANSP:TRANSPARENT");
      events.add(revised(content, uid, previous));
    }
    return events;
  }

  private List<String> revised(List<String> content, Session session, PreviousExport previous) {
    return revised(content, ContentLines.text(uid(session)), previous);
  }

  /** An event's lines with its revision: kept when the earlier export said the same, else counted up. */
  private List<String> revised(List<String> content, String uid, PreviousExport previous) {
    String now = UTC.format(settings.now());
    Optional<PreviousExport.Event> before = previous.event(uid);
    int sequence = before.map(event -> event.content().equals(content) ? event.sequence() : event.sequence() + 1).orElse(0);
    String lastModified = before.filter(event -> event.content().equals(content) && !event.lastModified().isEmpty())
        .map(PreviousExport.Event::lastModified).orElse(now);
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + uid);
    lines.add("DTSTAMP:" + now);
    lines.add("SEQUENCE:" + sequence);
    lines.add("LAST-MODIFIED:" + lastModified);
    lines.addAll(content);
    lines.add("END:VEVENT");
    return lines;
  }

  private List<String> primary(PlanWindow window) {
    Session session = window.primary().session();
    List<String> lines = common(session, session.title());
    lines.add("STATUS:CONFIRMED");
    lines.add("TRANSP:OPAQUE");
    lines.add("DESCRIPTION:" + ContentLines.text(primaryDescription(window)));
    if (window.staysSeated()) {
      // You are already in the room, from the talk before: an alarm would only interrupt it.
      return lines;
    }
    boolean atRisk = window.pFull() >= AT_RISK;
    long minutes = atRisk ? window.leadMinutes() : settings.reminderMinutes();
    String message = atRisk
        ? "Be at the door of " + roomName(session) + " now: " + session.title()
        : "In " + minutes + " min in " + roomName(session) + ": " + session.title();
    lines.add("BEGIN:VALARM");
    lines.add("ACTION:DISPLAY");
    lines.add("DESCRIPTION:" + ContentLines.text(message));
    lines.add("TRIGGER:" + (minutes == 0 ? "PT0S" : "-PT" + minutes + "M"));
    lines.add("END:VALARM");
    return lines;
  }

  private List<String> backup(Backup backup, PlanWindow window) {
    Session session = backup.scored().session();
    List<String> lines = common(session, "Backup: " + session.title());
    lines.add("STATUS:TENTATIVE");
    lines.add("TRANSP:TRANSPARENT");
    lines.add("DESCRIPTION:" + ContentLines.text(("Backup for " + window.primary().session().title()
        + " if its door is closed.\nInterest " + Math.round(backup.scored().interest()) + " of 100. "
        + backup.walkMinutes() + " min walk from " + roomName(window.primary().session()) + ". "
        + "P(full) when the primary is full: " + PlanRenderer.percent(backup.pFullGivenPrimaryFull()) + ".\n"
        + speakersAndAbstract(session)).strip()));
    return lines;
  }

  /** Lines every event has: times in the conference's zone, title, room, link and track. */
  private List<String> common(Session session, String summary) {
    List<String> lines = new ArrayList<>();
    lines.add(dateTime("DTSTART", session.start()));
    lines.add(dateTime("DTEND", session.end()));
    lines.add("SUMMARY:" + ContentLines.text(summary));
    lines.add("LOCATION:" + ContentLines.text(roomName(session)));
    link(session.url()).ifPresent(url -> lines.add("URL:" + url));
    if (!session.track().isBlank()) {
      lines.add("CATEGORIES:" + ContentLines.text(session.track()));
    }
    return lines;
  }

  // The descriptions are joined by hand rather than with String.format: a formatter for any locale but
  // the US one reads the JDK's locale data first, which cost an export more than writing all its events.
  private String primaryDescription(PlanWindow window) {
    String arrival = window.staysSeated()
        ? "Stay in your seat after the talk before."
        : "Arrive " + window.leadMinutes() + " min before the start: " + PlanRenderer.percent(window.admission())
            + " chance to get in.";
    StringBuilder text = new StringBuilder("Interest " + Math.round(window.primary().interest()) + " of 100. P(full) "
        + PlanRenderer.percent(window.pFull()) + ".\n" + arrival + "\n");
    window.leaveAt().ifPresent(leave ->
        text.append("Leave at ").append(Cells.clock(local(leave))).append(" for the next talk.\n"));
    if (!window.backups().isEmpty()) {
      text.append("Backups if the door is closed:\n");
    }
    for (Backup backup : window.backups()) {
      Session session = backup.scored().session();
      text.append("- ").append(session.title()).append(", ").append(roomName(session)).append(", ")
          .append(Cells.clock(local(session.start()))).append('-').append(Cells.clock(local(session.end())))
          .append(", ").append(backup.walkMinutes()).append(" min walk\n");
    }
    if (window.admission() < 1) {
      text.append("If all are full: ").append(window.fallback().label()).append('\n');
    }
    text.append(speakersAndAbstract(window.primary().session()));
    return text.toString().strip();
  }

  /** The speakers on a line of their own, then the abstract as a paragraph, each only when known. */
  private static String speakersAndAbstract(Session session) {
    StringBuilder text = new StringBuilder();
    if (!session.speakers().isEmpty()) {
      text.append("Speakers: ").append(String.join(", ",
          session.speakers().stream().map(speaker -> speaker.name()).toList())).append('\n');
    }
    if (!session.abstractText().isBlank()) {
      text.append('\n').append(session.abstractText().strip());
    }
    return text.toString();
  }

  /**
   * A time in the conference's zone, except in the second pass through a repeated hour: RFC 5545
   * reads an ambiguous local time as the first pass, so that one is written in UTC.
   */
  private String dateTime(String name, ZonedDateTime time) {
    ZonedDateTime local = local(time);
    if (!local.equals(local.withEarlierOffsetAtOverlap())) {
      return name + ":" + UTC.format(time.toInstant());
    }
    return name + ";TZID=" + zone.getId() + ":" + CalendarTimeZone.LOCAL.format(local);
  }

  private ZonedDateTime local(ZonedDateTime time) {
    return time.withZoneSameInstant(zone);
  }

  private String roomName(Session session) {
    Room room = rooms.get(session.room());
    return room == null ? session.room().value() : room.name();
  }

  /** The years the zone's rules must cover: those of the plan and of the cancelled events. */
  private Optional<int[]> years(List<PlanWindow> windows, List<List<String>> cancelled) {
    List<Integer> years = new ArrayList<>();
    for (PlanWindow window : windows) {
      years.add(local(window.start()).getYear());
      years.add(local(window.end()).getYear());
    }
    for (List<String> event : cancelled) {
      for (String line : event) {
        if (line.startsWith("DTSTART") || line.startsWith("DTEND")) {
          String value = line.substring(line.indexOf(':') + 1);
          if (value.length() >= 4 && value.substring(0, 4).chars().allMatch(Character::isDigit)) {
            years.add(Integer.parseInt(value.substring(0, 4)));
          }
        }
      }
    }
    if (years.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new int[] {java.util.Collections.min(years), java.util.Collections.max(years)});
  }

  /** A link only when it is an absolute URI, since URL values are not escaped and must parse. */
  private static Optional<String> link(String url) {
    if (url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip());
      return uri.isAbsolute() ? Optional.of(uri.toASCIIString()) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  static String slug(String name) {
    return Slug.of(name, Normalizer.Form.NFD, "conference");
  }
}
