package dev.planner.rendering;

import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.overflow.RiskReport;
import dev.planner.overflow.SessionRisk;
import dev.planner.planning.Backup;
import dev.planner.planning.DayPlan;
import dev.planner.planning.PlanWindow;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A day on one self-contained page: rooms down (the plan's first), time across in five-minute columns
 * from the first talk, each session coloured by its chance of a full room, the plan's primaries and
 * backups outlined, then the plan as a list. Inline CSS only, no script, no network; well-formed
 * XHTML, so it also parses as XML.
 */
public final class HtmlDayPage {
  private static final int SLOT_MINUTES = 5;
  /** Widths on screen; in print the table shrinks to the page. */
  private static final int SLOT_PX = 22;
  private static final int ROOM_COLUMN_PX = 150;
  /** The table's border-spacing in STYLE, added to its minimum width so that spacing takes nothing from the columns. */
  private static final int BORDER_SPACING_PX = 2;
  /** A session shorter than this many columns still gets them, so that its title stays legible. */
  private static final int MIN_BLOCK_SLOTS = 5;
  /** The narrowest a session's block is drawn on screen: room for a dozen letters of its title. */
  public static final int MIN_BLOCK_PX = MIN_BLOCK_SLOTS * SLOT_PX;

  /** The pale end of a block drawn wider than its session lasts: the start of a gradient, then its colour. */
  private static final String TAIL = "linear-gradient(to right, transparent";
  private static final String TAIL_COLOUR = "rgba(255, 255, 255, 0.6)";

  private static final String STYLE = """
      body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; }
      h1 { font-size: 1.4rem; margin: 0 0 0.2rem 0; }
      p.day { margin: 0 0 1rem 0; color: #444; }
      .grid-wrap { overflow-x: auto; }
      table.grid { width: 100%; border-collapse: separate; border-spacing: 2px; table-layout: fixed; font-size: 0.72rem; }
      table.grid th.room { text-align: left; font-weight: 600; padding: 0.2rem; background: #f2f2f2; position: sticky; left: 0; z-index: 1; }
      table.grid thead th { font-weight: normal; color: #555; text-align: left; white-space: nowrap; overflow: hidden; }
      td.session { vertical-align: top; padding: 0.2rem 0.3rem; border-radius: 3px; overflow: hidden; }
      td.session .title, td.session .meta { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
      td.session .title { font-weight: 600; }
      td.session .meta { color: #333; }
      td.unrated { background: #e6e6e6; color: #555; }
      td.primary { outline: 3px solid #0b2e8a; outline-offset: -3px; }
      td.backup { outline: 2px dashed #0b2e8a; outline-offset: -2px; }
      .mark { font-weight: 700; color: #0b2e8a; }
      .legend { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; font-size: 0.85rem; align-items: center; }
      .swatch { display: inline-block; width: 2.2rem; height: 1rem; vertical-align: middle; margin-right: 0.3rem; border-radius: 3px; }
      .swatch.primary { outline: 3px solid #0b2e8a; outline-offset: -3px; background: #fff; }
      .swatch.backup { outline: 2px dashed #0b2e8a; outline-offset: -2px; background: #fff; }
      p.earlier { color: #444; font-size: 0.85rem; margin: 0.5rem 0; }
      ol.plan li { margin-bottom: 0.4rem; }
      ol.plan ul { margin: 0.2rem 0 0 0; }
      @media print {
        @page { size: landscape; margin: 1cm; }
        body { margin: 0; font-size: 9pt; }
        .grid-wrap { overflow: visible; }
        table.grid { min-width: 0 !important; font-size: 5pt; border-spacing: 1px; }
        td.session, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        td.session { padding: 0.1rem; }
        td.session .title { white-space: normal; }
        td.session .box { max-height: 5.5em; overflow: hidden; }
        td.session .meta { display: none; }
        ol.plan { page-break-before: always; }
      }
      """;

  private final Schedule schedule;
  private final RiskReport report;

  public HtmlDayPage(Schedule schedule, RiskReport report) {
    this.schedule = schedule;
    this.report = report;
  }

  public String render(DayPlan plan) {
    List<Session> sessions = schedule.sessionsOn(plan.day());
    Map<SessionId, String> roles = roles(plan);
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(escape(schedule.conference() + " · " + Cells.day(plan.day()))).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape(schedule.conference())).append("</h1>\n")
        .append("<p class=\"day\">").append(escape(Cells.day(plan.day()))).append(" · times in ")
        .append(escape(schedule.zone().getId())).append("</p>\n");
    legend(html);
    if (sessions.isEmpty()) {
      html.append("<p>No sessions on this day.</p>\n");
    } else {
      grid(html, sessions, roles, plan);
    }
    planList(html, plan);
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  /** Each session of the plan with its role: the primary of a window, or the n-th backup. */
  private static Map<SessionId, String> roles(DayPlan plan) {
    Map<SessionId, String> roles = new HashMap<>();
    for (PlanWindow window : plan.windows()) {
      roles.put(window.primary().session().id(), "primary");
    }
    for (PlanWindow window : plan.windows()) {
      for (Backup backup : window.backups()) {
        roles.putIfAbsent(backup.scored().session().id(), "backup");
      }
    }
    return roles;
  }

  private static void legend(StringBuilder html) {
    html.append("<div class=\"legend\">\n");
    for (double chance : new double[] {0.05, 0.35, 0.8}) {
      html.append("<span><span class=\"swatch\" style=\"background: ").append(colour(chance)).append("\"></span>P(full) ")
          .append(PlanRenderer.percent(chance)).append("</span>\n");
    }
    html.append("<span><span class=\"swatch\" style=\"background: #e6e6e6\"></span>no forecast (breaks)</span>\n")
        .append("<span><span class=\"swatch primary\"></span><span class=\"mark\">★</span> in the plan</span>\n")
        .append("<span><span class=\"swatch backup\"></span><span class=\"mark\">↺</span> backup</span>\n")
        .append("<span><span class=\"swatch\" style=\"background: #e6e6e6; background-image: ").append(TAIL)
        .append(" 40%, ").append(TAIL_COLOUR).append(" 40%)\"></span>pale end: a short session drawn wider than it lasts</span>\n")
        .append("</div>\n");
  }

  /**
   * The rooms of the plan's talks first, in the order the plan reaches them; then the other rooms
   * with talks, then those with only breaks and badge pick-up, each in the order of the terminal's
   * risk grid (largest first, then by name), so both pictures read alike.
   */
  private List<Room> rowsPlanFirst(DayPlan plan, List<Session> shown) {
    Map<RoomId, Integer> rank = new HashMap<>();
    for (PlanWindow window : plan.windows()) {
      rank.putIfAbsent(window.primary().session().room(), rank.size());
    }
    int withTalks = Integer.MAX_VALUE - 1;
    shown.stream().filter(session -> session.type().isPlannable()).forEach(session -> rank.putIfAbsent(session.room(), withTalks));
    return schedule.venue().rooms().stream()
        .sorted(Comparator.comparingInt((Room room) -> rank.getOrDefault(room.id(), Integer.MAX_VALUE))
            .thenComparing(Comparator.comparingInt(Room::capacity).reversed())
            .thenComparing(Room::name).thenComparing(room -> room.id().value()))
        .toList();
  }

  /**
   * Where the time axis starts: the half hour of the day's first talk, so badge pick-up and coffee
   * before it take no screen; a day without talks starts at its first session.
   */
  private static LocalDateTime axisStart(List<Session> sessions) {
    List<Session> talks = sessions.stream().filter(session -> session.type().isPlannable()).toList();
    return floor((talks.isEmpty() ? sessions : talks).stream().map(session -> session.start().toLocalDateTime())
        .min(Comparator.naturalOrder()).orElseThrow());
  }

  private void grid(StringBuilder html, List<Session> sessions, Map<SessionId, String> roles, DayPlan plan) {
    LocalDateTime first = axisStart(sessions);
    List<Session> shown = sessions.stream().filter(session -> session.end().toLocalDateTime().isAfter(first)).toList();
    int slots = Math.max(1, shown.stream().mapToInt(session -> blockEnd(first, session)).max().orElse(1));
    // Widths in shares of the table, so that print can shrink it to the page; the screen keeps a minimum.
    int total = ROOM_COLUMN_PX + slots * SLOT_PX;
    int spacing = (slots + 2) * BORDER_SPACING_PX;
    html.append("<div class=\"grid-wrap\">\n<table class=\"grid\" style=\"min-width: ").append(total + spacing)
        .append("px\">\n<colgroup><col style=\"width: ").append(share(ROOM_COLUMN_PX, total)).append("\"/>");
    html.append(("<col style=\"width: " + share(SLOT_PX, total) + "\"/>").repeat(slots))
        .append("</colgroup>\n<thead>\n<tr><th class=\"room\">Room</th>");
    for (int column = 0; column < slots; column += 6) {
      int span = Math.min(6, slots - column);
      html.append("<th colspan=\"").append(span).append("\">")
          .append(Cells.clock(first.plusMinutes((long) column * SLOT_MINUTES))).append("</th>");
    }
    html.append("</tr>\n</thead>\n<tbody>\n");
    for (Room room : rowsPlanFirst(plan, shown)) {
      List<Session> inRoom = shown.stream().filter(session -> session.room().equals(room.id()))
          .sorted(Comparator.comparing(Session::start).thenComparing(Session::end).thenComparing(session -> session.id().value()))
          .toList();
      if (inRoom.isEmpty()) {
        continue;
      }
      List<List<Session>> lanes = lanes(inRoom, first);
      for (int lane = 0; lane < lanes.size(); lane++) {
        html.append("<tr data-room=\"").append(escape(room.id().value())).append("\">");
        if (lane == 0) {
          html.append("<th class=\"room\" scope=\"row\"").append(lanes.size() > 1 ? " rowspan=\"" + lanes.size() + "\"" : "")
              .append(" title=\"").append(escape(room.name())).append("\">").append(escape(room.name())).append("</th>");
        }
        row(html, lanes.get(lane), first, slots, roles);
        html.append("</tr>\n");
      }
    }
    html.append("</tbody>\n</table>\n</div>\n");
    earlier(html, sessions, first);
  }

  /** The sessions over before the axis starts (breakfast, an early coffee), named in a line under the grid. */
  private void earlier(StringBuilder html, List<Session> sessions, LocalDateTime first) {
    List<Session> before = sessions.stream().filter(session -> !session.end().toLocalDateTime().isAfter(first)).toList();
    if (before.isEmpty()) {
      return;
    }
    html.append("<p class=\"earlier\">Before ").append(Cells.clock(first)).append(": ");
    for (int i = 0; i < before.size(); i++) {
      Session session = before.get(i);
      html.append(i == 0 ? "" : "; ").append(escape(session.title())).append(", ")
          .append(Cells.clock(session.start())).append('–').append(Cells.clock(session.end()))
          .append(", ").append(escape(roomName(session)));
    }
    html.append(".</p>\n");
  }

  /**
   * Sessions of one room in lanes, a session going to the first lane where its block overlaps no
   * other: short sessions drawn at the minimum width may take a second lane beside their neighbours.
   */
  private static List<List<Session>> lanes(List<Session> sessions, LocalDateTime first) {
    List<List<Session>> lanes = new ArrayList<>();
    for (Session session : sessions) {
      Optional<List<Session>> free = lanes.stream()
          .filter(lane -> blockEnd(first, lane.get(lane.size() - 1)) <= blockStart(first, session))
          .findFirst();
      if (free.isPresent()) {
        free.get().add(session);
      } else {
        lanes.add(new ArrayList<>(List.of(session)));
      }
    }
    return lanes;
  }

  /** The first column of a session's block; one that began before the axis starts at its edge. */
  private static int blockStart(LocalDateTime first, Session session) {
    return Math.max(0, slot(first, session.start().toLocalDateTime(), false));
  }

  /** The column after a session's own time, at least one past its start. */
  private static int timeEnd(LocalDateTime first, Session session) {
    return Math.max(blockStart(first, session) + 1, slot(first, session.end().toLocalDateTime(), true));
  }

  /** The column after a session's block: its own end, or later for a session shorter than a block's minimum. */
  private static int blockEnd(LocalDateTime first, Session session) {
    return Math.max(timeEnd(first, session), blockStart(first, session) + MIN_BLOCK_SLOTS);
  }

  private void row(StringBuilder html, List<Session> lane, LocalDateTime first, int slots, Map<SessionId, String> roles) {
    int column = 0;
    for (Session session : lane) {
      int start = blockStart(first, session);
      int end = blockEnd(first, session);
      emptyCells(html, start - column);
      cell(html, session, end - start, timeEnd(first, session) - start, roles.get(session.id()));
      column = end;
    }
    emptyCells(html, slots - column);
  }

  private static void emptyCells(StringBuilder html, int count) {
    if (count > 0) {
      html.append("<td class=\"empty\"").append(count > 1 ? " colspan=\"" + count + "\"" : "").append("></td>");
    }
  }

  /**
   * One session's block, {@code span} columns wide; when its own time covers fewer columns
   * ({@code timeSpan}), the rest of the block is paler, so the picture still shows how long it lasts.
   */
  private void cell(StringBuilder html, Session session, int span, int timeSpan, String role) {
    Optional<SessionRisk> risk = report.find(session.id());
    StringBuilder classes = new StringBuilder("session");
    risk.ifPresentOrElse(found -> classes.append(" risk-").append(found.level().label()), () -> classes.append(" unrated"));
    if (role != null) {
      classes.append(' ').append(role);
    }
    html.append("<td class=\"").append(classes).append("\" colspan=\"").append(span).append("\" data-session=\"")
        .append(escape(session.id().value())).append('"');
    risk.ifPresent(found -> html.append(" data-pfull=\"").append(String.format(Locale.US, "%.3f", found.pFull())).append('"'));
    StringBuilder style = new StringBuilder();
    risk.ifPresent(found -> style.append("background: ").append(colour(found.pFull())).append(';'));
    if (timeSpan < span) {
      String edge = share(timeSpan, span);
      style.append(style.isEmpty() ? "" : " ").append("background-image: ").append(TAIL).append(' ').append(edge)
          .append(", ").append(TAIL_COLOUR).append(' ').append(edge).append(");");
    }
    if (!style.isEmpty()) {
      html.append(" style=\"").append(style).append('"');
    }
    html.append(" title=\"").append(escape(session.title())).append("\"><div class=\"box\">");
    html.append("<span class=\"title\">");
    if (role != null) {
      html.append("<span class=\"mark\">").append(role.equals("primary") ? "★ " : "↺ ").append("</span>");
    }
    html.append(escape(session.title())).append("</span><span class=\"meta\">")
        .append(Cells.clock(session.start())).append('–').append(Cells.clock(session.end()));
    risk.ifPresent(found -> html.append(" · ").append(PlanRenderer.percent(found.pFull())).append(" full"));
    html.append("</span></div></td>");
  }

  private void planList(StringBuilder html, DayPlan plan) {
    html.append("<h2>The plan</h2>\n<ol class=\"plan\">\n");
    for (PlanWindow window : plan.windows()) {
      Session primary = window.primary().session();
      html.append("<li><strong>").append(Cells.clock(window.start())).append('–').append(Cells.clock(window.end()))
          .append(" ").append(escape(primary.title())).append("</strong>, ").append(escape(roomName(primary)))
          .append(window.staysSeated() ? ". Stay in your seat" : ". Arrive by " + Cells.clock(window.arriveBy()))
          .append(" (P(full) ")
          .append(PlanRenderer.percent(window.pFull())).append(").");
      window.leaveAt().ifPresent(leave -> html.append(" Leave at ").append(Cells.clock(leave)).append(" for the next talk."));
      if (!window.backups().isEmpty()) {
        html.append("\n<ul>");
        for (Backup backup : window.backups()) {
          Session session = backup.scored().session();
          html.append("<li>Backup: ").append(escape(session.title())).append(", ").append(escape(roomName(session)))
              .append(", ").append(backup.walkMinutes()).append(" min walk</li>");
        }
        html.append("</ul>");
      }
      html.append("</li>\n");
    }
    html.append("</ol>\n");
  }

  private String roomName(Session session) {
    return schedule.roomOf(session).name();
  }

  // Numbers are written in Locale.US, as the root locale writes them: the one locale a formatter knows
  // without first reading the JDK's locale data.
  private static String share(int part, int total) {
    return String.format(Locale.US, "%.4f%%", 100.0 * part / total);
  }

  /** Green for empty rooms through amber to red for rooms sure to be full. */
  static String colour(double pFull) {
    double clamped = Math.max(0, Math.min(1, pFull));
    return String.format(Locale.US, "hsl(%d, 75%%, %d%%)", Math.round(120 * (1 - clamped)), Math.round(82 - 10 * clamped));
  }

  private static LocalDateTime floor(LocalDateTime time) {
    return time.withMinute(time.getMinute() / 30 * 30).withSecond(0).withNano(0);
  }

  /** The five-minute column a time falls in, rounded down for starts and up for ends. */
  private static int slot(LocalDateTime first, LocalDateTime time, boolean roundUp) {
    long minutes = Duration.between(first, time).toMinutes();
    return (int) (roundUp ? (minutes + SLOT_MINUTES - 1) / SLOT_MINUTES : minutes / SLOT_MINUTES);
  }

  /** Text made safe for HTML and XML alike. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
