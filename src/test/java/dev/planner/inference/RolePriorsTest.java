package dev.planner.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.model.Room;
import dev.planner.model.RoomId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolePriorsTest {
  @Test
  void aRoomNamedOnlyByASeparatorStillGetsAWeight() {
    assertThat(RolePriors.weight(Room.withDefaultCapacity(new RoomId("r1"), "|"), List.of())).isPositive();
  }
}
