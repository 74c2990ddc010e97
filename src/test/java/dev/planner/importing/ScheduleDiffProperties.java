package dev.planner.importing;

import dev.planner.importing.frab.FrabJsonReader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.importing.ScheduleDiff.Kind;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScheduleDiffProperties {
  private static final Schedule FULL = new FrabJsonReader()
      .read(FixtureSources.load("pretalx-like.json"), ReadOptions.NONE).schedule();

  @Provide
  Arbitrary<List<Session>> subsets() {
    return Arbitraries.subsetOf(FULL.sessions()).map(List::copyOf);
  }

  @Property
  void addedOneWayIsRemovedTheOther(@ForAll("subsets") List<Session> left, @ForAll("subsets") List<Session> right) {
    Schedule before = FULL.withSessions(left);
    Schedule after = FULL.withSessions(right);

    ScheduleDiff forward = ScheduleDiff.between(before, after);
    ScheduleDiff backward = ScheduleDiff.between(after, before);

    assertThat(forward.count(Kind.ADDED)).isEqualTo(backward.count(Kind.REMOVED));
    assertThat(forward.count(Kind.REMOVED)).isEqualTo(backward.count(Kind.ADDED));
    assertThat(forward.count(Kind.MOVED)).isZero();
    assertThat(forward.changes().size()).isEqualTo(symmetricDifference(left, right));
  }

  @Property
  void aScheduleNeverDiffersFromItself(@ForAll("subsets") List<Session> sessions) {
    Schedule schedule = FULL.withSessions(sessions);

    assertThat(ScheduleDiff.between(schedule, schedule).isEmpty()).isTrue();
  }

  private static long symmetricDifference(List<Session> left, List<Session> right) {
    return left.stream().filter(session -> !right.contains(session)).count()
        + right.stream().filter(session -> !left.contains(session)).count();
  }
}
