package dev.planner.planning;

import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.WalkingTimes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walking minutes between every pair of rooms at the attendee's pace, worked out once per plan so
 * that the planner's inner loops look them up instead of recomputing them.
 */
final class WalkMatrix {
  private final Map<RoomId, Integer> index = new HashMap<>();
  private final int[][] minutes;
  private final int longest;

  WalkMatrix(Schedule schedule, double pace) {
    List<Room> rooms = schedule.venue().rooms();
    WalkingTimes walking = schedule.venue().walking();
    minutes = new int[rooms.size()][rooms.size()];
    int max = 0;
    for (int i = 0; i < rooms.size(); i++) {
      index.put(rooms.get(i).id(), i);
      for (int j = 0; j < rooms.size(); j++) {
        minutes[i][j] = (int) Math.ceil(walking.minutes(rooms.get(i), rooms.get(j)) / pace);
        max = Math.max(max, minutes[i][j]);
      }
    }
    longest = max;
  }

  int indexOf(RoomId room) {
    return index.get(room);
  }

  int minutes(int fromRoom, int toRoom) {
    return minutes[fromRoom][toRoom];
  }

  int minutes(RoomId from, RoomId to) {
    return minutes[indexOf(from)][indexOf(to)];
  }

  /** The longest walk in the venue: no plan needs more time than this between two rooms. */
  int longest() {
    return longest;
  }
}
