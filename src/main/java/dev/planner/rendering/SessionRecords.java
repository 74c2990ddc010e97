package dev.planner.rendering;

import dev.planner.model.Room;
import dev.planner.model.Session;
import dev.planner.model.Speaker;
import java.util.LinkedHashMap;
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
    record.put("speakers", session.speakers().stream().map(Speaker::name).toList());
    record.put("url", session.url());
    return record;
  }
}
