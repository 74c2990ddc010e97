package dev.planner.overflow;

import dev.planner.model.Session;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** M(t): how many people sit in sessions at a session's start, with the factors that shaped it. */
final class SlotAttendance {
  private final OverflowParameters.Attendance parameters;
  private final int attendees;
  private final TreeSet<Long> plenaryEnds = new TreeSet<>();
  private final Map<LocalDate, ZonedDateTime> lastStartOfDay = new HashMap<>();
  private final LocalDate lastDay;
  private final boolean severalDays;

  /**
   * @param sessions the plannable sessions of the whole schedule
   * @param plenaries the plenary keynotes among them (a keynote in the room most of the audience is in)
   */
  SlotAttendance(OverflowParameters.Attendance parameters, int attendees, List<Session> sessions, List<Session> plenaries) {
    this.parameters = parameters;
    this.attendees = attendees;
    LocalDate first = null;
    LocalDate last = null;
    for (Session session : sessions) {
      LocalDate day = session.start().toLocalDate();
      ZonedDateTime latest = lastStartOfDay.get(day);
      if (latest == null || !latest.isAfter(session.start())) {
        lastStartOfDay.put(day, session.start());
      }
      first = first == null || day.isBefore(first) ? day : first;
      last = last == null || day.isAfter(last) ? day : last;
    }
    for (Session plenary : plenaries) {
      plenaryEnds.add(plenary.end().toEpochSecond());
    }
    this.lastDay = last;
    this.severalDays = first != null && !first.equals(last);
  }

  /**
   * The terms whose product is M(t). {@code keynoteExposure} is 1 for a plenary keynote, else the
   * weight of the plenary keynote among the session's alternatives (0 when none runs): the share in
   * sessions moves from the ordinary one to {@code keynoteInSessions} in proportion, so a talk's
   * audience does not jump when its overlap with a keynote grows by a minute.
   */
  List<ModelTerm> terms(Session session, double keynoteExposure) {
    List<ModelTerm> terms = new ArrayList<>();
    terms.add(new ModelTerm("registered attendees", attendees));
    terms.add(new ModelTerm("show up (1 - noShow)", 1 - parameters.noShow()));
    double keynoteShare = parameters.keynoteInSessions() * (onLastDay(session) ? parameters.lastDayFactor() : 1);
    if (keynoteExposure >= 1) {
      terms.add(new ModelTerm("in sessions (keynote slot)", parameters.keynoteInSessions()));
      if (onLastDay(session)) {
        // Fewer people are on site on the last day, keynotes included.
        terms.add(new ModelTerm("last day", parameters.lastDayFactor()));
      }
      return terms;
    }
    double inSessions = parameters.inSessions();
    terms.add(new ModelTerm("in sessions", inSessions));
    if (rightAfterKeynote(session)) {
      inSessions = addFactor(terms, "right after keynotes", parameters.afterKeynoteFactor(), inSessions);
    }
    if (inLastSlot(session)) {
      inSessions = addFactor(terms, "last slot of the day", parameters.lastSlotFactor(), inSessions);
    }
    if (onLastDay(session)) {
      inSessions = addFactor(terms, "last day", parameters.lastDayFactor(), inSessions);
    }
    if (inSessions > 1) {
      // Nobody can be in sessions more than all the time: cap the share at 1.
      terms.add(new ModelTerm("capped at everyone", 1 / inSessions));
      inSessions = 1;
    }
    if (keynoteExposure > 0 && inSessions > 0) {
      double blended = Math.min(1, keynoteExposure * keynoteShare + (1 - keynoteExposure) * inSessions);
      // Locale.US writes the number as the root locale does, without reading the JDK's locale data.
      terms.add(new ModelTerm(String.format(Locale.US, "keynote overlap %.2f", keynoteExposure), blended / inSessions));
    }
    return terms;
  }

  static double product(List<ModelTerm> terms) {
    double product = 1;
    for (ModelTerm term : terms) {
      product *= term.value();
    }
    return product;
  }

  private static double addFactor(List<ModelTerm> terms, String name, double factor, double inSessions) {
    terms.add(new ModelTerm(name, factor));
    return inSessions * factor;
  }

  /** A plenary keynote ended at most afterKeynoteMinutes before the start, or ends while the session runs. */
  private boolean rightAfterKeynote(Session session) {
    long start = session.start().toEpochSecond();
    Long end = plenaryEnds.ceiling(start - parameters.afterKeynoteMinutes() * 60L);
    return end != null && end < session.end().toEpochSecond();
  }

  private boolean onLastDay(Session session) {
    return severalDays && session.start().toLocalDate().equals(lastDay);
  }

  /** Starting strictly within lastSlotMinutes of the day's last start. */
  private boolean inLastSlot(Session session) {
    ZonedDateTime lastStart = lastStartOfDay.get(session.start().toLocalDate());
    return lastStart != null && session.start().isAfter(lastStart.minusMinutes(parameters.lastSlotMinutes()));
  }
}
