package dev.planner.rendering;

import dev.planner.model.Room;
import dev.planner.model.Session;
import dev.planner.model.Speaker;
import dev.planner.overflow.SessionRisk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON vocabulary of a session, shared by every command that lists sessions. */
public final class SessionRecords {
  private SessionRecords() {}

  /** The fields every session object carries; commands add theirs after these. */
  public static Map<String, Object> of(Session session, Room room) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", session.id().value());
    record.put("title", session.title());
    record.put("start", session.start());
    record.put("end", session.end());
    record.put("room", room.name());
    record.put("roomId", room.id().value());
    record.put("track", session.track());
    record.put("type", session.type().label());
    List<String> speakers = new ArrayList<>(session.speakers().size());
    for (Speaker speaker : session.speakers()) {
      speakers.add(speaker.name());
    }
    record.put("speakers", speakers);
    record.put("url", session.url());
    return record;
  }

  /**
   * The forecast's fields of a session object: capacity, demand, fill, P(full), level, arrive-by,
   * whether arriving by then reaches the target chance, and the chance it gives (the best there is when not).
   */
  public static Map<String, Object> risk(SessionRisk risk) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("capacity", risk.capacity());
    record.put("expectedDemand", round(risk.expectedDemand(), 1));
    record.put("fillRatio", round(risk.fillRatio(), 3));
    record.put("fillPercent", Math.round(risk.fillRatio() * 100));
    record.put("pFull", round(risk.pFull(), 3));
    record.put("level", risk.level().label());
    record.put("arriveBy", risk.arriveBy());
    record.put("targetReachable", risk.targetReachable());
    record.put("chanceAtArriveBy", round(risk.chanceAtArriveBy(), 3));
    return record;
  }

  /** The arrive-by of a table cell: its time, and the best chance when the target is out of reach. */
  public static Object arriveByCell(SessionRisk risk) {
    if (risk.targetReachable()) {
      return risk.arriveBy();
    }
    return new Cells.NotedTime(risk.arriveBy(), "(at most " + Math.round(risk.chanceAtArriveBy() * 100) + "%)");
  }

  private static double round(double value, int places) {
    double scale = Math.pow(10, places);
    return Math.round(value * scale) / scale;
  }
}
