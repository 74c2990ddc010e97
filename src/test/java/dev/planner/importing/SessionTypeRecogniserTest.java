package dev.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.model.SessionType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTypeRecogniserTest {
  @Test
  void aTrackThatSaysSocialKeepsItsTalksTalks() {
    assertThat(SessionTypeRecogniser.classify(List.of("devroom", "Social Web"), "Federating timelines", true))
        .isEqualTo(SessionType.TALK);
    assertThat(SessionTypeRecogniser.classify(List.of("Social Web"), "Federating timelines", true))
        .isEqualTo(SessionType.TALK);
  }

  @Test
  void aLabelOfSocialEventsStillMakesASocial() {
    assertThat(SessionTypeRecogniser.classify(List.of("Social"), "Evening at the docks", false)).isEqualTo(SessionType.SOCIAL);
    assertThat(SessionTypeRecogniser.classify(List.of("Social Events"), "Evening at the docks", false))
        .isEqualTo(SessionType.SOCIAL);
  }

  @Test
  void anEventNeedingItsOwnRegistrationIsTicketedWhateverItsTrack() {
    assertThat(SessionTypeRecogniser.classify(List.of("PROJECT OPPORTUNITIES"),
        "[SOLD OUT] Maintainers Meet Hosted by a Foundation | SEPARATE REGISTRATION REQUIRED", false))
        .isEqualTo(SessionType.TICKETED);
    assertThat(SessionTypeRecogniser.classify(List.of("CO-LOCATED EVENTS"),
        "Edge Day | SPONSOR-HOSTED CO-LOCATED EVENT", true)).isEqualTo(SessionType.TICKETED);
    assertThat(SessionType.TICKETED.isPlannable()).isFalse();
  }

  @Test
  void aFunRunWithoutSpeakersIsASocialNotATalk() {
    assertThat(SessionTypeRecogniser.classify(List.of(), "Group Fun Run", false)).isEqualTo(SessionType.SOCIAL);
    assertThat(SessionTypeRecogniser.classify(List.of(), "Run Your Own Registry", true)).isEqualTo(SessionType.TALK);
  }

  @Test
  void anExpoHallAndItsBoothDemosAreDroppedInOnNotPlannedAsTalks() {
    assertThat(SessionTypeRecogniser.classify(List.of("SOLUTIONS SHOWCASE"), "Partner Showcase", false)).isEqualTo(SessionType.SOCIAL);
    assertThat(SessionTypeRecogniser.classify(List.of(), "Silver Sponsor In-Booth Demos", false)).isEqualTo(SessionType.SOCIAL);
    assertThat(SessionTypeRecogniser.classify(List.of(), "#BoothCrawl + Evening Fest", false)).isEqualTo(SessionType.SOCIAL);
    assertThat(SessionTypeRecogniser.classify(List.of(), "Showcase Your Operator", true)).isEqualTo(SessionType.TALK);
  }

  @Test
  void titlePrefixesAndTicketPhrasesAreFoundInAnyCaseAndAfterLeadingMarks() {
    assertThat(SessionTypeRecogniser.classify(List.of(), "📚 Tutorial: Operators from scratch", true)).isEqualTo(SessionType.TUTORIAL);
    assertThat(SessionTypeRecogniser.classify(List.of(), "KEYNOTE: Opening Remarks", true)).isEqualTo(SessionType.KEYNOTE);
    assertThat(SessionTypeRecogniser.classify(List.of(), "Panel Discussion : Ten years on", true)).isEqualTo(SessionType.PANEL);
    assertThat(SessionTypeRecogniser.classify(List.of(), "Sponsored Keynote: Scale", true)).isEqualTo(SessionType.SPONSORED);
    assertThat(SessionTypeRecogniser.classify(List.of(), "Lightning Talks", true)).isEqualTo(SessionType.LIGHTNING);
    assertThat(SessionTypeRecogniser.classify(List.of(), "- Workshop: Hands on", true)).isEqualTo(SessionType.WORKSHOP);
    assertThat(SessionTypeRecogniser.classify(List.of(), "Keynotes are overrated", true)).isEqualTo(SessionType.TALK);
    assertThat(SessionTypeRecogniser.classify(List.of("Keynote"), "Edge Day (Registration Required)", true))
        .isEqualTo(SessionType.TICKETED);
  }
}
