package dev.planner.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierTest {
  @Test
  void idsAreEqualAndHashedByTheirValueAsRecordsAre() {
    assertThat(new SessionId("s1")).isEqualTo(new SessionId("s1")).isNotEqualTo(new SessionId("s2"))
        .isNotEqualTo(new RoomId("s1")).hasSameHashCodeAs("s1");
    assertThat(new RoomId("hall-a")).isEqualTo(new RoomId("hall-a")).isNotEqualTo(new RoomId("hall-b"))
        .isNotEqualTo("hall-a").hasSameHashCodeAs("hall-a");
  }
}
