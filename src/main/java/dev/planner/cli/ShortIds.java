package dev.planner.cli;

import dev.planner.model.Schedule;
import dev.planner.model.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Session ids shortened for tables: each id's shortest start, of at least {@value #SHORTEST}
 * characters, that no other session of the schedule shares, which is what {@link SessionNames} takes back.
 */
final class ShortIds {
  static final int SHORTEST = 6;

  private ShortIds() {}

  /** Short ids by full id, for every session of the schedule. */
  static Map<String, String> of(Schedule schedule) {
    List<String> ids = new ArrayList<>(schedule.sessions().size());
    for (Session session : schedule.sessions()) {
      ids.add(session.id().value());
    }
    Collections.sort(ids);
    Map<String, String> shortIds = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      int shared = Math.max(i > 0 ? commonStart(id, ids.get(i - 1)) : 0,
          i + 1 < ids.size() ? commonStart(id, ids.get(i + 1)) : 0);
      shortIds.put(id, id.substring(0, Math.min(id.length(), Math.max(SHORTEST, shared + 1))));
    }
    return shortIds;
  }

  private static int commonStart(String a, String b) {
    int length = Math.min(a.length(), b.length());
    int i = 0;
    while (i < length && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
