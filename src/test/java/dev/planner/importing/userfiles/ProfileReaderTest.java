package dev.planner.importing.userfiles;

import dev.planner.importing.Diagnostic;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planner.model.Preferences.TimeWindow;
import dev.planner.model.Profile;
import dev.planner.model.RiskAppetite;
import dev.planner.model.SessionType;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileReaderTest {

  private static Profile read(String yaml) {
    return new ProfileReader().read(Source.ofText("me.yaml", yaml));
  }

  private static String failure(String yaml) {
    try {
      read(yaml);
    } catch (InvalidInputException e) {
      return String.join("\n", e.diagnostics().stream().map(Diagnostic::format).toList());
    }
    throw new AssertionError("expected the profile to be rejected");
  }

  @Test
  void readsEveryPartOfAProfile() {
    Profile profile = read("""
        interests:
          crossplane: 3
          "supply chain": 2
        tracks:
          Security: 2
        types:
          workshop: 1
        speakers: [Ana López]
        companies: [Upbound]
        avoid:
          AI: 2
        mustSee: [wed-1100-s05]
        skip: ["Some exact title"]
        preferences:
          risk: cautious
          recordingValue: 0.5
          walkingPace: 1.2
          lunch: "12:30-13:30"
          latestEnd: "18:00"
        """);

    assertThat(profile.interests()).isEqualTo(Map.of("crossplane", 3.0, "supply chain", 2.0, "AI", -2.0));
    assertThat(profile.tracks()).isEqualTo(Map.of("Security", 2.0));
    assertThat(profile.types()).isEqualTo(Map.of(SessionType.WORKSHOP, 1.0));
    assertThat(profile.speakers()).containsExactly("Ana López");
    assertThat(profile.companies()).containsExactly("Upbound");
    assertThat(profile.mustSee()).containsExactly("wed-1100-s05");
    assertThat(profile.skip()).containsExactly("Some exact title");
    assertThat(profile.preferences().risk()).isEqualTo(RiskAppetite.CAUTIOUS);
    assertThat(profile.preferences().recordingValue()).isEqualTo(0.5);
    assertThat(profile.preferences().walkingPace()).isEqualTo(1.2);
    assertThat(profile.preferences().lunch()).contains(new TimeWindow(LocalTime.of(12, 30), LocalTime.of(13, 30)));
    assertThat(profile.preferences().latestEnd()).contains(LocalTime.of(18, 0));
  }

  @Test
  void readsAListOfInterestsAsWeightOne() {
    Profile profile = read("interests: [gitops, \"service mesh\"]\n");

    assertThat(profile.interests()).isEqualTo(Map.of("gitops", 1.0, "service mesh", 1.0));
  }

  @Test
  void anAvoidedWordIsANegativeInterestAndAnAvoidedTypeANegativeTypeWeight() {
    Profile profile = read("""
        interests: {ai: 1}
        avoid: [AI, sponsored, "AI + ML"]
        """);

    assertThat(profile.interests()).containsEntry("AI", -1.0).containsEntry("AI + ML", -1.0).containsEntry("ai", 1.0);
    assertThat(profile.types()).isEqualTo(Map.of(SessionType.SPONSORED, -1.0));
  }

  @Test
  void anEmptyFileIsTheEmptyProfile() {
    assertThat(read("")).isEqualTo(Profile.EMPTY);
  }

  @Test
  void anUnknownKeyIsAnErrorNamingTheKeyAndItsLine() {
    String message = failure("""
        interests:
          crossplane: 3
        mustsee: [a]
        """);

    assertThat(message).startsWith("me.yaml:3:1: error: unknown key 'mustsee'").contains("mustSee");
  }

  @Test
  void anUnknownPreferenceIsAnErrorAtItsLine() {
    String message = failure("""
        preferences:
          risk: bold
          lunchWindow: "12:00-13:00"
        """);

    assertThat(message).startsWith("me.yaml:3:3: error: unknown key 'lunchWindow' in preferences");
  }

  @Test
  void aBadRiskValueNamesTheAcceptedOnes() {
    String message = failure("""
        preferences:
          risk: reckless
        """);

    assertThat(message).contains("me.yaml:2:").contains("'risk'").contains("cautious, normal or bold").contains("reckless");
  }

  @Test
  void aLunchWindowMustHaveAStartAndALaterEnd() {
    assertThat(failure("preferences:\n  lunch: \"12:30\"\n")).contains("me.yaml:2:").contains("'lunch'");
    assertThat(failure("preferences:\n  lunch: \"13:30-12:30\"\n")).contains("'lunch'");
  }

  @Test
  void timesOfDayAreReadAsIsoTimesAre() {
    assertThat(read("preferences:\n  latestEnd: \" 18:05 \"\n").preferences().latestEnd()).contains(LocalTime.of(18, 5));
    assertThat(read("preferences:\n  latestEnd: \"18:05:30\"\n").preferences().latestEnd()).contains(LocalTime.of(18, 5, 30));
    assertThat(failure("preferences:\n  latestEnd: \"24:00\"\n")).contains("'latestEnd'").contains("a time such as 18:00");
    assertThat(failure("preferences:\n  latestEnd: \"18:60\"\n")).contains("'latestEnd'");
    assertThat(failure("preferences:\n  latestEnd: \"9:00\"\n")).contains("'latestEnd'");
    assertThat(failure("preferences:\n  latestEnd: \"18h00\"\n")).contains("'latestEnd'");
  }

  @Test
  void aLunchWindowMayUseAnEnDash() {
    Profile profile = read("preferences:\n  lunch: \"12:00–13:00\"\n");

    assertThat(profile.preferences().lunch()).contains(new TimeWindow(LocalTime.of(12, 0), LocalTime.of(13, 0)));
  }

  @Test
  void anUnknownTypeIsAnErrorListingTheTypes() {
    assertThat(failure("types:\n  keynotes: 2\n")).contains("me.yaml:2:3").contains("unknown session type 'keynotes'")
        .contains("keynote, talk");
  }

  @Test
  void aWeightMustBeANumber() {
    assertThat(failure("interests:\n  crossplane: lots\n")).contains("me.yaml:2:").contains("'crossplane'");
  }

  @Test
  void reportsEveryProblemNotOnlyTheFirst() {
    String message = failure("""
        intrests: {a: 1}
        preferences:
          risk: wild
        """);

    assertThat(message.lines()).hasSize(2);
  }
}
