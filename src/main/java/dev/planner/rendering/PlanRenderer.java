package dev.planner.rendering;

import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Session;
import dev.planner.planning.Backup;
import dev.planner.planning.DayPlan;
import dev.planner.planning.FreeTime;
import dev.planner.planning.PlanSummary;
import dev.planner.planning.PlanWindow;
import dev.planner.ranking.InterestScorer;
import dev.planner.ranking.ScoredSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Shows a day plan: per window the primary with its arrive-by, when to leave it early for the next
 * talk and its chance of a full room, the backups with walking minutes, and the fallback; the
 * stretches left free on purpose; then what the plan is expected to give.
 */
public final class PlanRenderer {

  private static final String INDENT = "             ";
  private static final String DOT = "  ·  ";

  private final Map<RoomId, Room> rooms;
  private final Function<Session, Map<String, Object>> riskFields;
  private final Palette palette;
  private final TableWidth width;

  /**
   * @param riskFields the forecast's fields of a session (capacity, pFull...), added to its JSON object
   */
  public PlanRenderer(Map<RoomId, Room> rooms, Function<Session, Map<String, Object>> riskFields, Palette palette) {
    this(rooms, riskFields, palette, TableWidth.UNLIMITED);
  }

  /**
   * @param width the text plan's width: long titles wrap onto lines of their own, indented, rather than
   *     being cut, since the plan shows no id to look them up by
   */
  public PlanRenderer(Map<RoomId, Room> rooms, Function<Session, Map<String, Object>> riskFields, Palette palette,
      TableWidth width) {
    this.rooms = rooms;
    this.riskFields = riskFields;
    this.palette = palette;
    this.width = width;
  }

  public String render(DayPlan plan, OutputFormat format, List<Map<String, Object>> conflicts) {
    return switch (format) {
      case JSON -> Json.write(record(plan, conflicts));
      case TABLE -> text(plan);
      case CSV, TSV, MD -> new ListingRenderer(palette).render(rows(plan), format);
      default -> throw new IllegalArgumentException("a plan cannot be shown as " + format.label());
    };
  }

  /** The plan as one JSON object: day, windows in time order, summary, conflicts. */
  public Map<String, Object> record(DayPlan plan, List<Map<String, Object>> conflicts) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("day", plan.day());
    List<Map<String, Object>> windows = new ArrayList<>();
    for (PlanWindow window : plan.windows()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("start", window.start());
      entry.put("end", window.end());
      Map<String, Object> primary = session(window.primary());
      primary.put("arriveBy", window.arriveBy());
      // The plan's own arrival replaces the forecast's, and with it the chance that arrival gives.
      primary.remove("chanceAtArriveBy");
      primary.put("staysSeated", window.staysSeated());
      primary.put("admission", window.admission());
      window.leaveAt().ifPresent(leave -> primary.put("leaveAt", leave));
      entry.put("primary", primary);
      List<Map<String, Object>> backups = new ArrayList<>();
      for (Backup backup : window.backups()) {
        Map<String, Object> item = session(backup.scored());
        item.put("walkMinutes", backup.walkMinutes());
        item.put("pFullGivenPrimaryFull", backup.pFullGivenPrimaryFull());
        item.put("admission", backup.admission());
        backups.add(item);
      }
      entry.put("backups", backups);
      entry.put("fallback", window.fallback().label());
      entry.put("expectedInterest", window.expectedInterest());
      windows.add(entry);
    }
    record.put("windows", windows);
    List<Map<String, Object>> free = new ArrayList<>();
    for (FreeTime time : plan.freeTime()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("start", time.start());
      entry.put("end", time.end());
      entry.put("reason", time.reason().label());
      free.add(entry);
    }
    record.put("freeTime", free);
    record.put("summary", summary(plan.summary()));
    record.put("conflicts", conflicts);
    return record;
  }

  private Map<String, Object> session(ScoredSession scored) {
    Session session = scored.session();
    Map<String, Object> record = SessionRecords.of(session, rooms.get(session.room()));
    record.put("interest", scored.interest());
    record.putAll(riskFields.apply(session));
    return record;
  }

  private static Map<String, Object> summary(PlanSummary summary) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("expectedTalks", summary.expectedTalks());
    record.put("expectedInterest", summary.expectedInterest());
    record.put("pTurnedAwayAtLeastOnce", summary.pTurnedAwayAtLeastOnce());
    return record;
  }

  private String text(DayPlan plan) {
    StringBuilder out = new StringBuilder();
    out.append(palette.bold(Cells.day(plan.day()))).append('\n');
    if (plan.windows().isEmpty()) {
      out.append("Nothing to plan: no session fits the day's constraints.\n");
    }
    List<FreeTime> free = new ArrayList<>(plan.freeTime());
    for (PlanWindow window : plan.windows()) {
      freeBefore(window.start(), free, out);
      Session primary = window.primary().session();
      out.append('\n');
      wrap(out, Cells.clock(window.start()) + "-" + Cells.clock(window.end()) + "  ", words(primary.title()), " ", true);
      List<String> facts = new ArrayList<>(List.of(roomName(primary)));
      if (!indifferent(window.primary())) {
        facts.add("interest " + Math.round(window.primary().interest()));
      }
      facts.add(risk(window.pFull()));
      wrap(out, INDENT, facts, DOT, false);
      String arrival = window.staysSeated() ? "stay in your seat" : "arrive by " + Cells.clock(window.arriveBy());
      String chance = " (" + percent(window.admission()) + " chance to be in"
          + (Boolean.FALSE.equals(riskFields.apply(primary).get("targetReachable"))
              ? "; no arrival reaches the chance you aim for" : "")
          + ")";
      wrap(out, INDENT, words(arrival + chance), " ", false);
      if (window.leaveAt().isPresent()) {
        out.append(INDENT).append("leave at ").append(Cells.clock(window.leaveAt().get())).append(" for the next talk\n");
      }
      for (Backup backup : window.backups()) {
        Session session = backup.scored().session();
        wrap(out, "     backup  ", words(session.title()), " ", false);
        wrap(out, INDENT, List.of(roomName(session), backup.walkMinutes() + " min walk", "starts " + Cells.clock(session.start()),
            "full with the primary " + percent(backup.pFullGivenPrimaryFull())), DOT, false);
      }
      if (window.admission() < 1) {
        out.append("             ").append(palette.dim("if all are full: " + window.fallback().label())).append('\n');
      }
    }
    freeBefore(null, free, out);
    PlanSummary summary = plan.summary();
    boolean indifferent = true;
    for (PlanWindow window : plan.windows()) {
      indifferent &= indifferent(window.primary());
    }
    out.append('\n');
    // Locale.US writes numbers as Locale.ROOT does ('.' and ASCII digits) and is the one locale a
    // formatter knows without loading locale data, which would cost this short run more than its plan.
    wrap(out, "", words(indifferent
        ? String.format(Locale.US, "Expected: %.1f talks; chance of being turned away at least once: %s",
            summary.expectedTalks(), percent(summary.pTurnedAwayAtLeastOnce()))
        : String.format(Locale.US, "Expected: %.1f talks, %.0f interest; chance of being turned away at least once: %s",
            summary.expectedTalks(), summary.expectedInterest(), percent(summary.pTurnedAwayAtLeastOnce()))), " ", false);
    return out.toString();
  }

  /**
   * Writes parts after a lead, joined by a separator, onto as many lines as the width needs: a part
   * that would run past it starts a new line under the first part. Without a width, one line.
   */
  private void wrap(StringBuilder out, String lead, List<String> parts, String separator, boolean bold) {
    int most = width.columns().orElse(Integer.MAX_VALUE);
    String indent = " ".repeat(lead.length());
    StringBuilder line = new StringBuilder(lead);
    boolean empty = true;
    for (String part : parts) {
      // Without a width nothing wraps, and measuring every line would only cost.
      if (!empty && most < Integer.MAX_VALUE && Cells.width(plain(line + separator + part)) > most) {
        out.append(bold ? palette.bold(line.toString()) : line).append('\n');
        line = new StringBuilder(indent);
        empty = true;
      }
      line.append(empty ? "" : separator).append(part);
      empty = false;
    }
    out.append(bold ? palette.bold(line.toString()) : line).append('\n');
  }

  /** A title's words, to wrap; the whole title when nothing wraps. */
  private List<String> words(String text) {
    return width.columns().isPresent() ? List.of(text.strip().split(" +")) : List.of(text);
  }

  /** The text without colour codes, to measure it. */
  private static String plain(CharSequence text) {
    return ColourCode.PATTERN.matcher(text).replaceAll("");
  }

  /** Compiled when a line is first measured: tables in a pipe are never wrapped. */
  private static final class ColourCode {
    static final Pattern PATTERN = Pattern.compile("\u001B\\[[0-9;]*m");
  }

  /** Writes and drops the free stretches that start before a time (all of them for none). */
  private void freeBefore(java.time.ZonedDateTime time, List<FreeTime> free, StringBuilder out) {
    while (!free.isEmpty() && (time == null || free.get(0).start().isBefore(time))) {
      FreeTime next = free.remove(0);
      out.append('\n').append(Cells.clock(next.start())).append('-').append(Cells.clock(next.end()))
          .append("  ").append(palette.dim("free: " + next.reason().text())).append('\n');
    }
  }

  /** Whether the talk was scored by a profile that names nothing, so its interest says nothing. */
  private static boolean indifferent(ScoredSession scored) {
    for (ScoredSession.Contribution reason : scored.contributions()) {
      if (reason.term().equals(InterestScorer.EVERY_TALK)) {
        return true;
      }
    }
    return false;
  }

  private String risk(double pFull) {
    String text = "P(full) " + percent(pFull);
    if (pFull >= 0.5) {
      return palette.red(text);
    }
    return pFull >= 0.2 ? palette.yellow(text) : palette.green(text);
  }

  private String roomName(Session session) {
    return rooms.get(session.room()).name();
  }

  static String percent(double chance) {
    return Math.round(chance * 100) + "%";
  }

  /** One row per primary and per backup, for CSV, TSV and Markdown. */
  private Listing rows(DayPlan plan) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (PlanWindow window : plan.windows()) {
      Map<String, Object> primary = row(window, "primary", window.primary());
      primary.put("arriveBy", window.staysSeated() ? "seated" : Cells.clock(window.arriveBy()));
      window.leaveAt().ifPresent(leave -> primary.put("leaveAt", Cells.clock(leave)));
      primary.put("pFull", window.pFull());
      records.add(primary);
      for (Backup backup : window.backups()) {
        Map<String, Object> row = row(window, "backup", backup.scored());
        row.put("walkMinutes", backup.walkMinutes());
        row.put("pFull", backup.pFullGivenPrimaryFull());
        records.add(row);
      }
    }
    return new Listing(List.of(
        Column.left("window", "Window"), Column.left("role", "Role"), Column.left("id", "Id"),
        Column.title("title", "Title"), Column.place("room", "Room"), Column.right("interest", "Interest"),
        Column.right("pFull", "P(full)"), Column.left("arriveBy", "Arrive by"), Column.left("leaveAt", "Leave at"),
        Column.right("walkMinutes", "Walk")),
        records);
  }

  private Map<String, Object> row(PlanWindow window, String role, ScoredSession scored) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("window", Cells.clock(window.start()) + "-" + Cells.clock(window.end()));
    row.put("role", role);
    row.put("id", scored.session().id().value());
    row.put("title", scored.session().title());
    row.put("room", roomName(scored.session()));
    row.put("interest", Math.round(scored.interest()));
    return row;
  }
}
