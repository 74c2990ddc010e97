package dev.planner.ranking;

import static dev.planner.ranking.ScheduleFixture.DAY;
import static dev.planner.ranking.ScheduleFixture.builder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.model.SessionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class InterestScorerPropertiesTest {
  private static final List<String> WORDS =
      List.of("crossplane", "policies", "scaling", "AI", "Sécurité", "kubernetes", "supply", "chain", "ebpf", "mesh");

  @Property(tries = 200)
  void interestStaysWithinZeroToHundredAndTheOrderIsBestFirst(
      @ForAll("schedules") Schedule schedule, @ForAll("profiles") Profile profile) {
    List<ScoredSession> ranked = new InterestScorer(schedule, profile).scoreDay(DAY);

    assertThat(ranked).allSatisfy(scored -> assertThat(scored.interest()).isBetween(0.0, 100.0));
    assertThat(ranked).isSortedAccordingTo(InterestScorer.BEST_FIRST);
  }

  @Property(tries = 100)
  void theSameInputGivesTheSameRankingWhateverTheSessionOrder(
      @ForAll("schedules") Schedule schedule, @ForAll("profiles") Profile profile) {
    List<dev.planner.model.Session> shuffled = new ArrayList<>(schedule.sessions());
    Collections.reverse(shuffled);

    List<ScoredSession> first = new InterestScorer(schedule, profile).scoreDay(DAY);
    List<ScoredSession> second = new InterestScorer(schedule.withSessions(shuffled), profile).scoreDay(DAY);

    assertThat(second).isEqualTo(first);
  }

  @Provide
  Arbitrary<Schedule> schedules() {
    Arbitrary<String> text = Arbitraries.of(WORDS).list().ofMaxSize(6).map(words -> String.join(" ", words));
    Arbitrary<SessionType> types = Arbitraries.of(SessionType.TALK, SessionType.SPONSORED, SessionType.KEYNOTE);
    Arbitrary<int[]> slots = Arbitraries.integers().between(8, 17).array(int[].class).ofMinSize(1).ofMaxSize(12);
    return Combinators.combine(slots, text.list().ofSize(12), text.list().ofSize(12), types.list().ofSize(12))
        .as((hours, titles, abstracts, kinds) -> {
          ScheduleFixture fixture = new ScheduleFixture();
          for (int i = 0; i < hours.length; i++) {
            String title = titles.get(i).isBlank() ? "Talk " + i : titles.get(i);
            fixture.add(builder("s" + i, String.format("%02d:00", hours[i]), title)
                .abstractText(abstracts.get(i)).type(kinds.get(i)));
          }
          return fixture.build();
        });
  }

  @Provide
  Arbitrary<Profile> profiles() {
    Arbitrary<Double> weights = Arbitraries.doubles().between(-5, 5).ofScale(1);
    return Combinators.combine(
            Arbitraries.maps(Arbitraries.of(WORDS), weights).ofMaxSize(5),
            Arbitraries.of("s0", "s1", "s2", "Talk 3").list().ofMaxSize(2),
            Arbitraries.of("s4", "s5").list().ofMaxSize(1),
            weights)
        .as((interests, mustSee, skip, sponsored) -> {
          ProfileFixture fixture = new ProfileFixture().type(SessionType.SPONSORED, sponsored);
          interests.forEach(fixture::interest);
          return fixture.mustSee(mustSee.toArray(String[]::new)).skip(skip.toArray(String[]::new)).build();
        });
  }
}
