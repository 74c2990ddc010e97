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

  /** How one session is edited: moved by minutes, put in another room, retitled, given a speaker, or left alone. */
  enum Edit { NONE, SHIFT, ROOM, TITLE, SPEAKER }

  @Provide
  Arbitrary<List<Edit>> edits() {
    return Arbitraries.of(Edit.class).list().ofSize(FULL.sessions().size());
  }

  @Property(tries = 200)
  void everyEditedSessionIsFoundWithItsKindAndNoOther(@ForAll("edits") List<Edit> edits,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 90) int minutes) {
    List<Session> sessions = FULL.sessions();
    java.util.Map<dev.planner.model.SessionId, Kind> expected = new java.util.TreeMap<>();
    List<Session> edited = new java.util.ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      Session changed = edit(session, edits.get(i), minutes);
      edited.add(changed);
      kindOf(edits.get(i), session, changed).ifPresent(kind -> expected.put(session.id(), kind));
    }
    ScheduleDiff diff = ScheduleDiff.between(FULL, FULL.withSessions(edited));

    java.util.Map<dev.planner.model.SessionId, Kind> found = new java.util.TreeMap<>();
    diff.changes().forEach(change -> found.put(change.id(), change.kind()));
    assertThat(diff.changes()).hasSize(found.size());
    assertThat(found).isEqualTo(expected);
  }

  private static Session edit(Session s, Edit edit, int minutes) {
    return switch (edit) {
      case NONE -> s;
      case SHIFT -> new Session(s.id(), s.title(), s.start().plusMinutes(minutes), s.end().plusMinutes(minutes), s.room(),
          s.track(), s.type(), s.speakers(), s.tags(), s.abstractText(), s.url(), s.signals());
      case ROOM -> new Session(s.id(), s.title(), s.start(), s.end(), otherRoom(s), s.track(), s.type(), s.speakers(),
          s.tags(), s.abstractText(), s.url(), s.signals());
      case TITLE -> new Session(s.id(), s.title() + " (revised)", s.start(), s.end(), s.room(), s.track(), s.type(),
          s.speakers(), s.tags(), s.abstractText(), s.url(), s.signals());
      case SPEAKER -> new Session(s.id(), s.title(), s.start(), s.end(), s.room(), s.track(), s.type(),
          java.util.stream.Stream.concat(s.speakers().stream(),
              java.util.stream.Stream.of(new dev.planner.model.Speaker("Zz Newcomer", ""))).toList(),
          s.tags(), s.abstractText(), s.url(), s.signals());
    };
  }

  private static java.util.Optional<Kind> kindOf(Edit edit, Session before, Session after) {
    return switch (edit) {
      case NONE -> java.util.Optional.empty();
      case SHIFT -> java.util.Optional.of(Kind.MOVED);
      case ROOM -> before.room().equals(after.room()) ? java.util.Optional.empty() : java.util.Optional.of(Kind.MOVED);
      case TITLE -> java.util.Optional.of(Kind.RETITLED);
      case SPEAKER -> java.util.Optional.of(Kind.RESPEAKERED);
    };
  }

  /** Another room of the venue with another name, or the same room when the venue has only one. */
  private static dev.planner.model.RoomId otherRoom(Session session) {
    return FULL.venue().rooms().stream().map(dev.planner.model.Room::id)
        .filter(id -> !id.equals(session.room())).findFirst().orElse(session.room());
  }

  private static long symmetricDifference(List<Session> left, List<Session> right) {
    return left.stream().filter(session -> !right.contains(session)).count()
        + right.stream().filter(session -> !left.contains(session)).count();
  }
}
