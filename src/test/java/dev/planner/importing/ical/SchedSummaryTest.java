package dev.planner.importing.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.model.Speaker;
import org.junit.jupiter.api.Test;

class SchedSummaryTest {
  @Test
  void readsOneOrganisationWithSeveralPeople() {
    SchedSummary summary = SchedSummary.parse("Tuning Queues - Ann Lee, Bo Chan, Cy Park & Di Moss, Acme Corp");

    assertThat(summary.title()).isEqualTo("Tuning Queues");
    assertThat(summary.speakers()).extracting(Speaker::name).containsExactly("Ann Lee", "Bo Chan", "Cy Park", "Di Moss");
    assertThat(summary.speakers()).extracting(Speaker::organisation).containsOnly("Acme Corp");
  }

  @Test
  void keepsATitleWhoseLastPartIsNoSpeakerList() {
    assertThat(SchedSummary.parse("Kubernetes - The Hard Parts").speakers()).isEmpty();
    assertThat(SchedSummary.parse("Kubernetes - The Hard Parts").title()).isEqualTo("Kubernetes - The Hard Parts");
    assertThat(SchedSummary.parse("Q&A - Part 2: What, Why, How and When Exactly Are We Doing This Thing").speakers()).isEmpty();
  }

  @Test
  void readsSpeakersWithoutAnOrganisationInAGroupList() {
    SchedSummary summary = SchedSummary.parse("Panel: Futures - Eve Moor, Umbrella; Finn Ray");

    assertThat(summary.speakers()).containsExactly(new Speaker("Eve Moor", "Umbrella"), Speaker.named("Finn Ray"));
  }

  @Test
  void leavesASummaryWithoutDashAlone() {
    assertThat(SchedSummary.parse("Coffee Break")).isEqualTo(new SchedSummary("Coffee Break", java.util.List.of()));
  }

  @Test
  void readsKeynoteSpeakersWithTheirRolesAsPeopleOfTheirCompanies() {
    SchedSummary summary = SchedSummary.parse("Keynote: Opening - Ann Lee, Executive Director, Cloud and Edge, Open Widgets"
        + " & Bo Chan, CTO, Cloud and Edge, Open Widgets");

    assertThat(summary.title()).isEqualTo("Keynote: Opening");
    assertThat(summary.speakers()).containsExactly(
        new Speaker("Ann Lee", "Open Widgets"), new Speaker("Bo Chan", "Open Widgets"));
  }

  @Test
  void readsOneKeynoteSpeakerWithARole() {
    SchedSummary summary = SchedSummary.parse("Keynote: Gliding - Powered by Wind, Data, and Maps - Cy Park, Head of Platforms, Acme");

    assertThat(summary.title()).isEqualTo("Keynote: Gliding - Powered by Wind, Data, and Maps");
    assertThat(summary.speakers()).containsExactly(new Speaker("Cy Park", "Acme"));
  }
}
