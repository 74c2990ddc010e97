package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.model.RoomId;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The sweep finds the same alternatives, with the same weights and in index order, as weighing every pair. */
class CompetitorSweepProperties {
  @Property(tries = 300)
  void theSweepAgreesWithEveryPair(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int count) {
    List<Session> sessions = randomSessions(seed, count);

    assertThat(CompetitorSweep.overlaps(sessions)).isEqualTo(everyPair(sessions));
  }

  /** For each session, every other one running during its first d minutes (d the shorter length), by index. */
  private static List<List<CompetitorSweep.Overlap>> everyPair(List<Session> sessions) {
    List<List<CompetitorSweep.Overlap>> all = new ArrayList<>();
    for (Session session : sessions) {
      List<CompetitorSweep.Overlap> alternatives = new ArrayList<>();
      for (int other = 0; other < sessions.size(); other++) {
        Session alternative = sessions.get(other);
        if (alternative == session) {
          continue;
        }
        long start = session.start().toEpochSecond();
        long shorter = Math.max(1, Math.min(seconds(session), seconds(alternative)));
        long during = Math.min(alternative.end().toEpochSecond(), start + shorter)
            - Math.max(alternative.start().toEpochSecond(), start);
        if (during > 0) {
          alternatives.add(new CompetitorSweep.Overlap(other, Math.min(1.0, (double) during / shorter)));
        }
      }
      all.add(alternatives);
    }
    return all;
  }

  private static long seconds(Session session) {
    return session.duration().toSeconds();
  }

  /** Talks of 5 to 120 minutes over a morning, sorted by start as the forecast hands them over. */
  private static List<Session> randomSessions(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      var start = TestSchedules.at(TestSchedules.DAY, "09:00").plusMinutes(5L * random.nextInt(0, 48));
      sessions.add(Session.builder(new SessionId("s" + i))
          .title("Talk " + i)
          .start(start)
          .end(start.plusMinutes(5L * random.nextInt(1, 25)))
          .room(new RoomId("r" + random.nextInt(6)))
          .build());
    }
    sessions.sort(Comparator.comparing(Session::start));
    return sessions;
  }
}
