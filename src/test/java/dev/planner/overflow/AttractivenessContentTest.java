package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.Speaker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttractivenessContentTest {
  private static final Room ROOM = Room.withDefaultCapacity(new RoomId("a"), "A");

  private static Session session(String id, String title, String abstractText, String from, String to, String speaker) {
    return Session.builder(new SessionId(id)).title(title).abstractText(abstractText)
        .start(TestSchedules.at(TestSchedules.DAY, from)).end(TestSchedules.at(TestSchedules.DAY, to))
        .room(ROOM.id()).speakers(List.of(Speaker.named(speaker))).build();
  }

  private static OverflowParameters.Choice choice(OverflowParameters.ContentTerms content) {
    OverflowParameters.Choice base = TestSchedules.DEFAULTS.choice();
    return base.withContent(base.typeWeights(), Map.of("agents", 0.6, "supply chain", 0.2), content);
  }

  private static double utilityOf(OverflowParameters.Choice choice, Session session, List<Session> all) {
    Attractiveness attractiveness = new Attractiveness(choice, ROOM.capacity(), 0, all);
    return Attractiveness.sum(attractiveness.terms(session, ROOM)) - choice.typeWeight(session.type());
  }

  @Test
  void aTopicInTheTitleCountsInFullAndInTheAbstractItsShare() {
    OverflowParameters.Choice choice = choice(new OverflowParameters.ContentTerms(0.5, 0, 0, 0));
    Session titled = session("t", "Building an Agent", "", "10:00", "10:40", "A");
    Session described = session("d", "Building things", "Two agents and a supply chain.", "10:00", "10:40", "B");
    List<Session> all = List.of(titled, described);

    assertThat(utilityOf(choice, titled, all)).isCloseTo(0.6, within(1e-12));
    assertThat(utilityOf(choice, described, all)).isCloseTo(0.5 * (0.6 + 0.2), within(1e-12));
  }

  @Test
  void longerSessionsSharedTopicsAndBusySpeakersAddTheirTerms() {
    OverflowParameters.Choice choice = choice(new OverflowParameters.ContentTerms(1, 0.3, 0.2, 0.4));
    Session deep = session("x", "Streams", "", "09:00", "12:00", "Ada");
    Session other = session("y", "Streams in practice", "", "13:00", "13:30", "Ada");
    Session third = session("z", "Records", "", "14:00", "14:30", "Bo");
    List<Session> all = List.of(deep, other, third);

    // 180 minutes against the 30-minute reference; "streams" is shared with one other session.
    double expected = 0.3 * Math.log(180 / 30.0) + 0.2 * Math.log(2) + 0.4;
    assertThat(utilityOf(choice, deep, all)).isCloseTo(expected, within(1e-12));
    assertThat(utilityOf(choice, third, all)).isCloseTo(0, within(1e-12));
  }
}
