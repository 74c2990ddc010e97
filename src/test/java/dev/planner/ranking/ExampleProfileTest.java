package dev.planner.ranking;

import static dev.planner.ranking.BundledSchedule.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleProfileTest {

  @Test
  void theExampleProfilePutsTheCrossplaneDeepDiveAndThePrivilegeEscalationTalkInItsTopTen() {
    List<String> topTen = new InterestScorer(BundledSchedule.schedule(), BundledSchedule.profile("examples/profile.yaml"))
        .scoreDay(WEDNESDAY).stream()
        .limit(10)
        .map(scored -> scored.session().title())
        .toList();

    assertThat(topTen).contains(
        "Crossplane Intro and Deep Dive - the Cloud Native Control Plane Framework",
        "I'll Let Myself In: Kubernetes Privilege Escalation Tactics");
  }

  @Test
  void theExampleProfileKeepsAiTalksOutOfItsTopTen() {
    assertThat(new InterestScorer(BundledSchedule.schedule(), BundledSchedule.profile("examples/profile.yaml"))
        .scoreDay(WEDNESDAY).stream().limit(10))
        .noneMatch(scored -> scored.session().track().equals("AI + ML"));
  }
}
