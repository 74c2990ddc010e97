package dev.planner.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StarredInterestsTest {
  private static final Schedule KUBECON = BundledSchedule.schedule();

  private static List<Session> sessions(String... ids) {
    return java.util.Arrays.stream(ids).map(id -> KUBECON.session(new SessionId(id)).orElseThrow()).toList();
  }

  @Test
  void wordsTheStarredTalksShareAndTheScheduleRarelyUsesBecomeInterests() {
    StarredInterests.Derived derived = new StarredInterests(KUBECON)
        .derive(sessions("wed-1145-room-d", "wed-1500-n03", "wed-1645-room-h"));

    assertThat(derived.interests()).containsKeys("guac", "supply", "chain");
    assertThat(derived.interests()).doesNotContainKeys("the", "with", "kubernetes");
    assertThat(derived.interests().values()).allMatch(weight -> weight >= 1 && weight <= StarredInterests.MAX_WEIGHT);
    assertThat(derived.interests().keySet().iterator().next()).isIn("guac", "supply", "chain");
    assertThat(derived.tracks()).containsEntry("Security", 2.0);
  }

  @Test
  void aWordInOnlyOneOfSeveralStarredTalksIsNotShared() {
    StarredInterests.Derived derived = new StarredInterests(KUBECON).derive(sessions("wed-1145-s04", "wed-1500-s02"));

    assertThat(derived.interests()).doesNotContainKeys("crossplane", "privilege");
  }

  @Test
  void theSameStarsGiveTheSameInterestsInTheSameOrder() {
    List<Session> starred = sessions("wed-1145-room-d", "wed-1500-n03", "wed-1315-room-e");

    assertThat(new StarredInterests(KUBECON).derive(starred)).isEqualTo(new StarredInterests(KUBECON).derive(starred));
    assertThat(List.copyOf(new StarredInterests(KUBECON).derive(starred).interests().keySet()))
        .isEqualTo(List.copyOf(new StarredInterests(KUBECON).derive(starred).interests().keySet()));
  }

  @Test
  void noStarsNoInterests() {
    assertThat(new StarredInterests(KUBECON).derive(List.of()))
        .isEqualTo(new StarredInterests.Derived(java.util.Map.of(), java.util.Map.of(), List.of()));
  }
}
