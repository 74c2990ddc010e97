package dev.planner.importing.frab;

import dev.planner.importing.FeedScheduleBuilder;
import dev.planner.importing.HtmlText;
import dev.planner.importing.SessionTypeRecogniser;
import dev.planner.importing.TimeParsing;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.Speaker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One frab event as the XML and JSON readers both see it, and the one mapping from it to a session:
 * id, title, state, start (a full date-time, or a clock time on the day, before whose day change it
 * belongs to the next date), end or duration, room, type, track, speakers and abstract. Each reader
 * supplies the fields and reports problems at their own positions.
 */
interface FrabEvent {
  /** Events in these states never happen; they are left out with a warning. */
  Set<String> GONE_STATES = Set.of("CANCELED", "CANCELLED", "WITHDRAWN", "DELETED", "REJECTED");

  /** The field's text, empty when absent or blank. */
  Optional<String> text(String key);

  /** The field converted by a parser that throws on bad text; a failure is reported at the field, naming what was expected. */
  <T> Optional<T> parsed(String key, String expected, Function<String, T> parser);

  /** Reports that the event has no such field. */
  void missing(String key);

  void errorAt(String key, String message);

  void warningAt(String key, String message);

  /** The line the event starts on. */
  int line();

  /** The room's name, given by the event itself; empty when only its place in the feed says. */
  String room();

  String track();

  List<Speaker> speakers();

  /** The abstract, else the description, as the feed gives it (possibly HTML). */
  String abstractText();

  /**
   * The session this event describes, added to the schedule under construction; empty (with the
   * problem reported) when a field is missing or wrong, the event is cancelled or lasts no time.
   *
   * @param day the date of the day the feed lists it under, if any
   * @param roomOfItsList the room the feed lists it under, blank when none
   * @param dayChange clock times before this belong to the day after {@code day}
   */
  static Optional<Session> toSession(FrabEvent event, Optional<LocalDate> day, String roomOfItsList, LocalTime dayChange,
      ZoneId zone, FeedScheduleBuilder schedule) {
    Optional<String> id = event.text("id").or(() -> event.text("guid")).or(() -> event.text("code"));
    if (id.isEmpty()) {
      event.missing("id");
    }
    Optional<String> title = event.text("title");
    if (title.isEmpty()) {
      event.missing("title");
    }
    Optional<String> state = event.text("state").map(text -> text.toUpperCase(Locale.ROOT));
    if (state.filter(GONE_STATES::contains).isPresent()) {
      event.warningAt("state", "event '" + id.orElse("?") + "' is " + state.get().toLowerCase(Locale.ROOT) + "; left out");
      return Optional.empty();
    }
    Optional<ZonedDateTime> start = start(event, day, dayChange, zone);
    Optional<ZonedDateTime> end = start.flatMap(begin -> end(event, begin, zone));
    if (id.isEmpty() || title.isEmpty() || start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    if (!end.get().isAfter(start.get())) {
      event.warningAt("duration", "event '" + id.get() + "' lasts no time; left out");
      return Optional.empty();
    }
    String type = event.text("type").orElse("");
    String track = event.track();
    List<Speaker> speakers = event.speakers();
    String room = roomOfItsList.isBlank() ? event.room() : roomOfItsList;
    return Optional.of(Session.builder(new SessionId(id.get()))
        .title(title.get().strip())
        .start(start.get())
        .end(end.get())
        .room(schedule.rooms().idFor(room))
        .track(track)
        .type(SessionTypeRecogniser.classify(List.of(type, track), title.get(), !speakers.isEmpty()))
        .speakers(speakers)
        .abstractText(HtmlText.toPlain(event.abstractText()))
        .url(event.text("url").orElse(""))
        .build());
  }

  /** {@code date} or {@code start} with date and offset where the feed gives them, else the day and the clock time. */
  private static Optional<ZonedDateTime> start(FrabEvent event, Optional<LocalDate> day, LocalTime dayChange, ZoneId zone) {
    String full = "a date-time such as 2024-12-27T10:30:00+01:00";
    if (event.text("date").filter(text -> text.contains("T")).isPresent()) {
      return event.parsed("date", full, text -> TimeParsing.parse(text, zone));
    }
    if (event.text("start").filter(text -> text.contains("T")).isPresent()) {
      return event.parsed("start", full, text -> TimeParsing.parse(text, zone));
    }
    if (event.text("start").isEmpty()) {
      event.missing("start");
      return Optional.empty();
    }
    Optional<LocalDate> date = day.or(() -> event.parsed("date", "a date such as 2024-12-27", LocalDate::parse));
    if (date.isEmpty()) {
      event.errorAt("start", "event starts at a clock time but no day gives its date");
      return Optional.empty();
    }
    return event.parsed("start", "a time such as 09:30", FrabTimes::clock)
        .map(clock -> FrabTimes.startOnDay(date.get(), clock, dayChange, zone));
  }

  private static Optional<ZonedDateTime> end(FrabEvent event, ZonedDateTime start, ZoneId zone) {
    if (event.text("end").isPresent()) {
      return event.parsed("end", "a date-time such as 2024-12-27T11:00:00+01:00", text -> TimeParsing.parse(text, zone));
    }
    if (event.text("duration").isEmpty()) {
      event.missing("duration");
      return Optional.empty();
    }
    Optional<Duration> duration = event.parsed("duration", "a duration such as 00:45", FrabTimes::duration);
    return duration.map(start::plus);
  }
}
