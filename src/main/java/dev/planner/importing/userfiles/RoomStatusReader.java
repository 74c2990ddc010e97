package dev.planner.importing.userfiles;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.Fields;
import dev.planner.importing.Node;
import dev.planner.importing.NodeParser;
import dev.planner.importing.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a live room-status feed in FOSDEM's shape: a JSON list of {@code {roomname, state}}, state 0
 * open, 1 full, 2 full and being evacuated, -1 unknown, sent as a number or as a string.
 */
public final class RoomStatusReader {
  private static final Set<String> KEYS = Set.of("roomname", "state");

  /** One room's reported state. */
  public record RoomStatus(String roomName, int state, int line) {
    /** Whether the room turns people away now (full, or being evacuated). */
    public boolean isFull() {
      return state == 1 || state == 2;
    }
  }

  public List<RoomStatus> read(Source source) {
    Diagnostics diagnostics = new Diagnostics(source.name());
    Node root = NodeParser.parseJson(source.text(), source.name());
    if (!(root instanceof Node.Sequence list)) {
      diagnostics.error(root.line(), root.column(), "a room-status feed must be a list of {roomname, state}, found " + root.kind());
      throw diagnostics.failure();
    }
    List<RoomStatus> statuses = new ArrayList<>();
    for (Node item : list.items()) {
      Fields.of(item, diagnostics, "a room status").flatMap(fields -> status(fields, item)).ifPresent(statuses::add);
    }
    diagnostics.throwIfErrors();
    return statuses;
  }

  private static Optional<RoomStatus> status(Fields fields, Node item) {
    fields.rejectUnknown(KEYS, false);
    Optional<String> name = fields.requiredText("roomname");
    Optional<Integer> state = fields.parsed("state", "-1, 0, 1 or 2", RoomStatusReader::state);
    if (state.isEmpty() && !fields.has("state")) {
      fields.missing("state");
    }
    if (name.isEmpty() || state.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RoomStatus(name.get().strip(), state.get(), item.line()));
  }

  private static int state(String text) {
    int value = Integer.parseInt(text.trim().toLowerCase(Locale.ROOT));
    if (value < -1 || value > 2) {
      throw new IllegalArgumentException("state out of range");
    }
    return value;
  }
}
