package dev.planner.importing;

import dev.planner.importing.ical.IcalScheduleReader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.importing.ScheduleDiff.Change;
import dev.planner.importing.ScheduleDiff.Kind;
import dev.planner.model.Schedule;
import org.junit.jupiter.api.Test;

class ScheduleDiffTest {
  private static Schedule read(String fixture) {
    return new IcalScheduleReader().read(FixtureSources.load(fixture), FixtureSources.zone("Europe/Lisbon")).schedule();
  }

  @Test
  void findsNothingBetweenAScheduleAndItself() {
    Schedule schedule = read("sched-like.ics");

    assertThat(ScheduleDiff.between(schedule, schedule).isEmpty()).isTrue();
    assertThat(ScheduleDiff.between(schedule, read("sched-like.ics")).changes()).isEmpty();
  }

  @Test
  void findsMovedRetitledReSpeakeredAddedAndRemovedSessionsByUid() {
    ScheduleDiff diff = ScheduleDiff.between(read("sched-like.ics"), read("sched-like-changed.ics"));

    assertThat(diff.changes()).extracting(Change::kind, change -> change.id().value()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, "a1000000000000000000000000000006"),
        org.assertj.core.groups.Tuple.tuple(Kind.ADDED, "a1000000000000000000000000000008"),
        org.assertj.core.groups.Tuple.tuple(Kind.MOVED, "a1000000000000000000000000000002"),
        org.assertj.core.groups.Tuple.tuple(Kind.MOVED, "a1000000000000000000000000000003"),
        org.assertj.core.groups.Tuple.tuple(Kind.RETITLED, "a1000000000000000000000000000004"),
        org.assertj.core.groups.Tuple.tuple(Kind.RESPEAKERED, "a1000000000000000000000000000002"));
  }

  @Test
  void describesWhatEachChangeWasAndIs() {
    ScheduleDiff diff = ScheduleDiff.between(read("sched-like.ics"), read("sched-like-changed.ics"));

    Change moved = diff.changes().get(3);
    assertThat(moved.was()).isEqualTo("2025-06-10 10:00–10:30 Room 1 | Level 2");
    assertThat(moved.now()).isEqualTo("2025-06-10 15:00–15:30 Room 1 | Level 2");
    Change roomChange = diff.changes().get(2);
    assertThat(roomChange.was()).endsWith("Auditorium");
    assertThat(roomChange.now()).endsWith("Room 2");
    Change retitled = diff.changes().get(4);
    assertThat(retitled.was()).isEqualTo("Mesh, Meet Queue: A Field Report");
    assertThat(retitled.now()).isEqualTo("Mesh Meets Queue: A Field Report");
    assertThat(diff.changes().get(5).now()).isEqualTo("Grace Hopper, Katherine Johnson");
    assertThat(diff.changes().get(0).title()).isEqualTo("📚 Tutorial: Hands on the Helm - Bring Your Laptop");
    assertThat(diff.count(Kind.MOVED)).isEqualTo(2);
  }
}
