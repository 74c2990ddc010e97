package dev.planner.ranking;

import static dev.planner.ranking.ScheduleFixture.DAY;
import static dev.planner.ranking.ScheduleFixture.builder;
import static dev.planner.ranking.ScheduleFixture.speaker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import dev.planner.ranking.ScoredSession.Contribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterestScorerTest {

  private static List<String> rankedIds(Schedule schedule, Profile profile) {
    return new InterestScorer(schedule, profile).scoreDay(DAY).stream()
        .map(scored -> scored.session().id().value())
        .toList();
  }

  private static ScoredSession scored(Schedule schedule, Profile profile, String id) {
    return new InterestScorer(schedule, profile).score(new SessionId(id)).orElseThrow();
  }

  @Test
  void matchesAPhraseOnlyWhenItsWordsAreConsecutive() {
    Schedule schedule = new ScheduleFixture()
        .talk("apart", "09:00", "Chain of custody", "Supply of parts along the chain")
        .talk("phrase", "10:00", "Securing the software supply chain", "")
        .build();
    Profile profile = new ProfileFixture().interest("supply chain", 2).build();

    assertThat(rankedIds(schedule, profile)).containsExactly("phrase", "apart");
    assertThat(scored(schedule, profile, "apart").interest()).isZero();
    assertThat(scored(schedule, profile, "phrase").contributions())
        .extracting(Contribution::term, Contribution::field)
        .containsExactly(tuple("supply chain", "title"));
  }

  @Test
  void foldsPluralsAndVerbFormsOntoOneStem() {
    Schedule schedule = new ScheduleFixture()
        .talk("other", "09:00", "Observing clusters", "")
        .talk("forms", "10:00", "Scaling admission policies", "")
        .build();
    Profile profile = new ProfileFixture().interest("scaled", 1).interest("policy", 1).build();

    assertThat(scored(schedule, profile, "forms").contributions())
        .extracting(Contribution::term)
        .containsExactly("policy", "scaled");
    assertThat(scored(schedule, profile, "other").contributions()).isEmpty();
  }

  @Test
  void foldsCaseAndAccents() {
    Schedule schedule = new ScheduleFixture()
        .talk("accented", "09:00", "SÉCURITÉ des Conteneurs", "")
        .talk("plain", "10:00", "Observability", "")
        .build();
    Profile profile = new ProfileFixture().interest("securite", 1).build();

    assertThat(rankedIds(schedule, profile).get(0)).isEqualTo("accented");
    assertThat(scored(schedule, profile, "accented").interest()).isEqualTo(100);
  }

  @Test
  void aWordInMostSessionsCountsLessThanARareOne() {
    ScheduleFixture fixture = new ScheduleFixture();
    for (int i = 0; i < 8; i++) {
      fixture.talk("common-" + i, "0" + (i + 1) + ":00", "Kubernetes topic " + i, "");
    }
    Schedule schedule = fixture
        .talk("rare", "11:00", "Crossplane compositions", "")
        .talk("both", "12:00", "Kubernetes and Crossplane", "")
        .build();
    Profile profile = new ProfileFixture().interest("kubernetes", 1).interest("crossplane", 1).build();

    List<Contribution> both = scored(schedule, profile, "both").contributions();
    assertThat(both).extracting(Contribution::term).containsExactly("crossplane", "kubernetes");
    assertThat(both.get(0).points()).isGreaterThan(2 * both.get(1).points());
    assertThat(scored(schedule, profile, "rare").interest())
        .isGreaterThan(scored(schedule, profile, "common-0").interest());
  }

  @Test
  void avoidedWordsSubtractPoints() {
    Schedule schedule = new ScheduleFixture()
        .talk("with-ai", "09:00", "Platform engineering with AI", "")
        .talk("without", "10:00", "Platform engineering at scale", "")
        .build();
    Profile profile = new ProfileFixture().interest("platform engineering", 2).interest("AI", -3).build();

    assertThat(rankedIds(schedule, profile)).containsExactly("without", "with-ai");
    assertThat(scored(schedule, profile, "with-ai").contributions())
        .filteredOn(contribution -> contribution.term().equals("AI"))
        .singleElement()
        .satisfies(contribution -> assertThat(contribution.points()).isNegative());
  }

  @Test
  void aSessionWithMoreAvoidedThanWantedScoresZeroNotBelow() {
    Schedule schedule = new ScheduleFixture()
        .talk("ai", "09:00", "AI agents for AI ops", "")
        .talk("good", "10:00", "Crossplane in production", "")
        .build();
    Profile profile = new ProfileFixture().interest("crossplane", 1).interest("ai", -5).build();

    assertThat(scored(schedule, profile, "ai").interest()).isZero();
  }

  @Test
  void mustSeeSessionsGetTheTopScoreAndComeFirst() {
    Schedule schedule = new ScheduleFixture()
        .talk("wanted", "09:00", "Crossplane deep dive", "Crossplane everywhere")
        .talk("dull", "10:00", "Community update", "")
        .build();
    Profile profile = new ProfileFixture().interest("crossplane", 5).mustSee("Community update").build();

    List<ScoredSession> ranked = new InterestScorer(schedule, profile).scoreDay(DAY);

    assertThat(ranked).extracting(scored -> scored.session().id().value()).containsExactly("dull", "wanted");
    assertThat(ranked.get(0).interest()).isEqualTo(100);
    assertThat(ranked.get(1).interest()).isLessThan(100);
    assertThat(ranked.get(0).contributions()).extracting(Contribution::field).containsExactly("must-see");
  }

  @Test
  void mustSeeByIdComesFirstAndTheOtherTalksOfAnEmptyProfileCountTheSame() {
    Schedule schedule = new ScheduleFixture()
        .talk("a", "09:00", "First", "")
        .talk("b", "10:00", "Second", "")
        .build();
    Profile profile = new ProfileFixture().mustSee("b").build();

    List<ScoredSession> ranked = new InterestScorer(schedule, profile).scoreDay(DAY);

    assertThat(ranked).extracting(scored -> scored.session().id().value(), ScoredSession::interest)
        .containsExactly(tuple("b", 100.0), tuple("a", 50.0));
  }

  @Test
  void skippedSessionsNeverAppear() {
    Schedule schedule = new ScheduleFixture()
        .talk("keep", "09:00", "Crossplane basics", "")
        .talk("drop", "10:00", "Crossplane advanced", "")
        .build();
    Profile profile = new ProfileFixture().interest("crossplane", 1).skip("drop").mustSee("drop").build();

    InterestScorer scorer = new InterestScorer(schedule, profile);

    assertThat(scorer.scoreDay(DAY)).extracting(scored -> scored.session().id().value()).containsExactly("keep");
    assertThat(scorer.score(new SessionId("drop"))).isEmpty();
  }

  @Test
  void breaksAndMealsAreNotRanked() {
    Schedule schedule = new ScheduleFixture()
        .add(builder("coffee", "09:00", "Coffee break").type(SessionType.BREAK))
        .talk("talk", "10:00", "Coffee-powered builds", "")
        .build();
    Profile profile = new ProfileFixture().interest("coffee", 1).build();

    assertThat(rankedIds(schedule, profile)).containsExactly("talk");
  }

  @Test
  void aMatchInTheTitleOutweighsOneInTheAbstract() {
    Schedule schedule = new ScheduleFixture()
        .talk("abstract", "09:00", "Operating clusters", "We also touch on eBPF.")
        .talk("title", "10:00", "eBPF for everyone", "How the kernel helps.")
        .add(builder("tags", "11:00", "Networking news").tags(List.of("eBPF")))
        .build();
    Profile profile = new ProfileFixture().interest("ebpf", 1).build();

    assertThat(rankedIds(schedule, profile)).containsExactly("title", "tags", "abstract");
    double title = scored(schedule, profile, "title").contributions().get(0).points();
    double inAbstract = scored(schedule, profile, "abstract").contributions().get(0).points();
    assertThat(title).isEqualTo(MatchField.TITLE.weight() * inAbstract, org.assertj.core.data.Offset.offset(0.02));
  }

  @Test
  void aPreferredTrackAddsItsWeightedPoints() {
    Schedule schedule = new ScheduleFixture()
        .add(builder("other", "09:00", "Talk one").track("Observability"))
        .add(builder("preferred", "10:00", "Talk two").track("Security + Identity + Policy"))
        .build();
    Profile profile = new ProfileFixture().track("Security", 2).build();

    assertThat(rankedIds(schedule, profile)).containsExactly("preferred", "other");
    assertThat(scored(schedule, profile, "preferred").contributions())
        .containsExactly(new Contribution("Security", "track", 2 * InterestScorer.TRACK_POINTS));
  }

  @Test
  void anAvoidedTypeSinksBelowOrdinaryTalks() {
    Schedule schedule = new ScheduleFixture()
        .add(builder("sponsored", "09:00", "Crossplane by a vendor").type(SessionType.SPONSORED))
        .talk("talk", "10:00", "Crossplane by a user", "")
        .build();
    Profile profile = new ProfileFixture().interest("crossplane", 1).type(SessionType.SPONSORED, -1).build();

    assertThat(rankedIds(schedule, profile)).containsExactly("talk", "sponsored");
  }

  @Test
  void aProfileOfTypesAloneScoresWithoutReadingAnyText() {
    Schedule schedule = new ScheduleFixture()
        .talk("talk", "09:00", "Crossplane by a user", "")
        .add(builder("tutorial", "10:00", "Crossplane hands-on").type(SessionType.TUTORIAL))
        .build();
    Profile profile = new ProfileFixture().type(SessionType.TUTORIAL, 2).build();

    assertThat(rankedIds(schedule, profile)).containsExactly("tutorial", "talk");
    assertThat(scored(schedule, profile, "tutorial").interest()).isEqualTo(100.0);
    assertThat(scored(schedule, profile, "talk").interest()).isZero();
  }

  @Test
  void anEmptyProfileMakesEveryTalkCountTheSame() {
    Schedule schedule = new ScheduleFixture()
        .talk("talk", "09:00", "Crossplane by a user", "")
        .add(builder("tutorial", "10:00", "Crossplane hands-on").type(SessionType.TUTORIAL))
        .build();

    assertThat(new InterestScorer(schedule, Profile.EMPTY).scoreDay(DAY)).extracting(ScoredSession::interest)
        .containsOnly(100.0);
  }

  @Test
  void followedSpeakersAndCompaniesAddPoints() {
    Schedule schedule = new ScheduleFixture()
        .talk("nobody", "09:00", "A talk", "")
        .add(builder("speaker", "10:00", "Another talk").speakers(List.of(speaker("Ana María López", "Example Corp"))))
        .add(builder("company", "11:00", "Third talk").speakers(List.of(speaker("Sam Doe", "Upbound"))))
        .build();
    Profile profile = new ProfileFixture().speakers("ana maria lopez").companies("Upbound").build();

    assertThat(rankedIds(schedule, profile)).containsExactly("speaker", "company", "nobody");
    assertThat(scored(schedule, profile, "speaker").contributions())
        .containsExactly(new Contribution("ana maria lopez", "speaker", InterestScorer.SPEAKER_POINTS));
    assertThat(scored(schedule, profile, "company").contributions())
        .containsExactly(new Contribution("Upbound", "company", InterestScorer.COMPANY_POINTS));
  }

  @Test
  void explainsContributionsStrongestFirstThenByTerm() {
    Schedule schedule = new ScheduleFixture()
        .talk("x", "09:00", "Gateway API and Cilium", "Gateway API with Cilium and eBPF")
        .talk("y", "10:00", "Unrelated", "")
        .build();
    Profile profile = new ProfileFixture().interest("cilium", 1).interest("gateway api", 1).interest("ebpf", 1).build();

    List<Contribution> contributions = scored(schedule, profile, "x").contributions();

    assertThat(contributions).extracting(Contribution::term, Contribution::field).containsExactly(
        tuple("cilium", "title"), tuple("gateway api", "title"),
        tuple("cilium", "abstract"), tuple("ebpf", "abstract"), tuple("gateway api", "abstract"));
  }

  @Test
  void tiesAreBrokenByStartThenId() {
    Schedule schedule = new ScheduleFixture()
        .talk("b", "10:00", "Same", "")
        .talk("c", "09:00", "Same", "")
        .talk("a", "10:00", "Same", "")
        .build();

    assertThat(rankedIds(schedule, Profile.EMPTY)).containsExactly("c", "a", "b");
  }

  @Test
  void reportsOverlappingMustSeeSessionsPairByPairInScheduleOrder() {
    Schedule schedule = new ScheduleFixture()
        .add(builder("late", "10:15", "Late"))
        .add(builder("early", "10:00", "Early"))
        .add(builder("apart", "12:00", "Apart"))
        .add(builder("also", "10:20", "Also early"))
        .build();
    Profile profile = new ProfileFixture().mustSee("late", "early", "apart", "Also early", "missing").build();

    InterestScorer scorer = new InterestScorer(schedule, profile);

    assertThat(scorer.mustSeeConflicts())
        .extracting(conflict -> conflict.first().id().value(), conflict -> conflict.second().id().value())
        .containsExactly(tuple("early", "late"), tuple("early", "also"), tuple("late", "also"));
    assertThat(scorer.mustSeeNotInSchedule()).containsExactly("missing");
  }
}
