package dev.planner.overflow;

import static dev.planner.overflow.TestSchedules.DEFAULTS;
import static dev.planner.overflow.TestSchedules.DAY;
import static dev.planner.overflow.TestSchedules.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.planner.model.Schedule;
import dev.planner.model.SessionType;
import dev.planner.model.Signals;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OverflowPredictorTest {
  private final OverflowPredictor predictor = new OverflowPredictor(DEFAULTS);

  @Test
  void computesDemandFromPeopleInSessionsAndTheLogitShare() {
    Schedule schedule = new TestSchedules().attendees(1000)
        .room("a", 100).room("b", 100)
        .talk("t1", "a", "10:00", "10:40", "Alpha")
        .talk("t2", "b", "10:00", "10:40", "Beta")
        .talk("t3", "a", "14:00", "14:40", "Later")
        .build();
    SessionRisk risk = predictor.predict(schedule, 0.9).find(id("t1")).orElseThrow();
    double people = 1000 * (1 - 0.17) * 0.40;
    // Equal utilities (talk 0, median room 0): share = e^0 / (e^0.5 + 2 e^0).
    double share = 1 / (Math.exp(0.5) + 2);
    assertThat(risk.peopleInSessions()).isCloseTo(people, within(1e-9));
    assertThat(risk.share()).isCloseTo(share, within(1e-12));
    assertThat(risk.expectedDemand()).isCloseTo(people * share, within(1e-9));
    assertThat(risk.effectiveCapacity()).isCloseTo(95, within(1e-12));
    assertThat(risk.fillRatio()).isCloseTo(people * share / 100, within(1e-12));
    assertThat(risk.pFull()).isCloseTo(DemandDistribution.of(DEFAULTS.demand()).pFull(people * share, 95), within(1e-12));
    assertThat(risk.competitors()).containsExactly(id("t2"));
  }

  @Test
  void anAlternativeCountsByHowMuchOfTheOpeningMinutesItRuns() {
    Schedule schedule = new TestSchedules()
        .room("a", 100).room("b", 100).room("c", 100)
        .talk("long", "a", "10:00", "11:00", "Long")
        .talk("half", "b", "10:30", "11:30", "Half")
        .talk("brief", "c", "10:50", "11:30", "Brief")
        .build();
    RiskReport report = predictor.predict(schedule, 0.9);
    // long's first 60 minutes hold half of "half" and none of "brief", which starts after its first 40.
    assertThat(weights(report, "long")).containsExactly(Map.entry("half", 0.5));
    // half's first 60 hold the last 30 of long; its first 40 hold 20 minutes of brief.
    assertThat(weights(report, "half")).containsExactly(Map.entry("long", 0.5), Map.entry("brief", 0.5));
    // brief's 40 minutes lie within half, and hold the last 10 of long.
    assertThat(weights(report, "brief")).containsExactly(Map.entry("long", 0.25), Map.entry("half", 1.0));
  }

  private static java.util.List<Map.Entry<String, Double>> weights(RiskReport report, String id) {
    return report.find(id(id)).orElseThrow().choice().alternatives().stream()
        .map(alternative -> Map.entry(alternative.id().value(), alternative.weight())).toList();
  }

  @Test
  void aFiveMinuteTalkDrawsASixthOfAFullSlotsPull() {
    Schedule schedule = new TestSchedules().room("a", 100).room("b", 100)
        .talk("lightning", "a", "10:00", "10:05", "Quick")
        .talk("full", "b", "14:00", "14:30", "Whole slot")
        .build();
    RiskReport report = predictor.predict(schedule, 0.9);
    SessionRisk lightning = report.find(id("lightning")).orElseThrow();
    assertThat(lightning.utilityTerms()).extracting(ModelTerm::name).contains("length 5 of 30 min");
    assertThat(lightning.utility()).isCloseTo(Math.log(5.0 / 30), within(1e-12));
    double hallway = Math.exp(0.5);
    assertThat(lightning.share()).isCloseTo((1.0 / 6) / (hallway + 1.0 / 6), within(1e-12));
    assertThat(report.find(id("full")).orElseThrow().share()).isCloseTo(1 / (hallway + 1), within(1e-12));
  }

  @Test
  void aSessionRunningDuringPartOfAnotherCountsByItsOverlap() {
    Schedule schedule = new TestSchedules().room("a", 100).room("b", 100)
        .talk("early", "a", "10:00", "10:40", "Started before")
        .talk("late", "b", "10:30", "11:10", "Starts while the other runs")
        .build();
    SessionRisk late = predictor.predict(schedule, 0.9).find(id("late")).orElseThrow();
    // They share 10 of 40 minutes: a quarter of a pull.
    assertThat(weights(predictor.predict(schedule, 0.9), "late")).containsExactly(Map.entry("early", 0.25));
    assertThat(late.share()).isCloseTo(1 / (Math.exp(0.5) + 1 + 0.25), within(1e-12));
  }

  @Test
  void breaksAreNeitherForecastNorCompetitors() {
    Schedule schedule = new TestSchedules()
        .room("a", 100).room("b", 100)
        .talk("t1", "a", "10:00", "10:40", "Alpha")
        .session("coffee", "b", DAY, "10:00", "10:40", "Coffee", SessionType.BREAK, Signals.NONE)
        .build();
    RiskReport report = predictor.predict(schedule, 0.9);
    assertThat(report.find(id("coffee"))).isEmpty();
    assertThat(report.find(id("t1")).orElseThrow().competitors()).isEmpty();
  }

  @Test
  void aKeynoteInThePlenaryDrawsMostOfItsSlot() {
    Schedule schedule = new TestSchedules().attendees(4000)
        .room("plenary", 3000).room("b", 200).room("c", 200)
        .session("key", "plenary", DAY, "09:00", "10:00", "Opening keynote", SessionType.KEYNOTE, Signals.NONE)
        .talk("side", "b", "09:00", "10:00", "Side talk")
        .talk("after", "c", "10:15", "10:45", "Right after")
        .talk("noon", "c", "12:00", "12:30", "Noon")
        .talk("late", "b", "15:00", "15:30", "Late")
        .build();
    RiskReport report = predictor.predict(schedule, 0.9);
    SessionRisk keynote = report.find(id("key")).orElseThrow();
    assertThat(keynote.share()).isGreaterThan(0.7);
    assertThat(keynote.peopleInSessions()).isCloseTo(4000 * 0.83 * 0.70, within(1e-6));
    assertThat(report.find(id("side")).orElseThrow().share()).isLessThan(0.1);
    assertThat(report.find(id("after")).orElseThrow().peopleInSessions())
        .isCloseTo(4000 * 0.83 * 0.40 * 1.15, within(1e-6));
    assertThat(report.find(id("noon")).orElseThrow().peopleInSessions()).isCloseTo(4000 * 0.83 * 0.40, within(1e-6));
    assertThat(report.find(id("late")).orElseThrow().peopleInSessions())
        .isCloseTo(4000 * 0.83 * 0.40 * 0.80, within(1e-6));
  }

  @Test
  void theLastDayOfSeveralIsQuieter() {
    Schedule schedule = new TestSchedules().room("a", 100)
        .talk("first", "a", "10:00", "10:30", "First day")
        .talk("first-late", "a", "17:00", "17:30", "First day, late")
        .session("second", "a", DAY.plusDays(1), "10:00", "10:30", "Second day", SessionType.TALK, Signals.NONE)
        .session("second-late", "a", DAY.plusDays(1), "17:00", "17:30", "End", SessionType.TALK, Signals.NONE)
        .build();
    RiskReport report = predictor.predict(schedule, 0.9);
    assertThat(report.find(id("second")).orElseThrow().peopleInSessions())
        .isCloseTo(report.find(id("first")).orElseThrow().peopleInSessions() * 0.85, within(1e-9));
  }

  @Test
  void signalsRaiseTheShareButAreNeverHeadCounts() {
    Schedule schedule = new TestSchedules().attendees(1000)
        .room("a", 100).room("b", 100)
        .session("liked", "a", DAY, "10:00", "10:40", "Liked", SessionType.TALK, signups(50_000))
        .session("plain", "b", DAY, "10:00", "10:40", "Plain", SessionType.TALK, signups(10))
        .build();
    RiskReport report = predictor.predict(schedule, 0.9);
    SessionRisk liked = report.find(id("liked")).orElseThrow();
    assertThat(liked.share()).isGreaterThan(report.find(id("plain")).orElseThrow().share());
    assertThat(liked.expectedDemand()).isLessThan(liked.peopleInSessions());
    assertThat(liked.utilityTerms()).extracting(ModelTerm::name).contains("signals 50000");
  }

  @Test
  void hotTopicsAndTrackWeightsAddToTheUtility() {
    OverflowParameters.Choice choice = DEFAULTS.choice();
    OverflowParameters tracked = DEFAULTS.withChoice(new OverflowParameters.Choice(choice.hallwayUtility(),
        choice.typeWeights(), Map.of("AI + ML", 0.7), choice.hotTopics(), choice.signalWeight(), choice.roomWeight(),
        choice.minOverlap(), choice.referenceMinutes()));
    Schedule schedule = new TestSchedules().room("a", 100).room("b", 100)
        .talk("hot", "a", "10:00", "10:40", "Serving LLM inference on a GPU fleet")
        .talk("cold", "b", "10:00", "10:40", "Tidying YAML (mail-based workflows)")
        .build();
    SessionRisk hot = new OverflowPredictor(tracked).predict(schedule, 0.9).find(id("hot")).orElseThrow();
    assertThat(hot.utilityTerms()).extracting(ModelTerm::name).contains("topic llm", "topic gpu")
        .doesNotContain("topic ai");
    assertThat(hot.utility()).isCloseTo(0.4 + 0.3, within(1e-12));
    assertThat(Attractiveness.containsWord("mail-based", "ai")).isFalse();
    assertThat(Attractiveness.containsWord("gen ai, today", "ai")).isTrue();
  }

  @Test
  void arriveByIsTheStartForQuietRoomsAndEarlierForCrowdedOnes() {
    Schedule schedule = new TestSchedules().attendees(3000)
        .room("big", 800).room("small", 60)
        .talk("quiet", "big", "10:00", "10:40", "Quiet")
        .talk("crowded", "small", "10:00", "10:40", "Crowded")
        .build();
    RiskReport report = predictor.predict(schedule, 0.9);
    SessionRisk quiet = report.find(id("quiet")).orElseThrow();
    SessionRisk crowded = report.find(id("crowded")).orElseThrow();
    assertThat(quiet.arriveBy()).isEqualTo(quiet.session().start());
    assertThat(quiet.level()).isEqualTo(RiskLevel.LOW);
    assertThat(crowded.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(crowded.arriveBy()).isBefore(crowded.session().start());
    assertThat(crowded.arriveBy().getSecond()).isZero();
    AdmissionCurve curve = report.admissionCurve(id("crowded")).orElseThrow();
    double minutesAtArriveBy = java.time.Duration.between(crowded.arriveBy(), crowded.session().start()).toSeconds() / 60.0;
    assertThat(curve.chanceArriving(minutesAtArriveBy)).isGreaterThanOrEqualTo(0.9);
    assertThat(curve.chanceArriving(crowded.minutesEarly() - 0.5)).isLessThan(0.9);
  }

  @Test
  void aCautiousTargetMeansArrivingEarlier() {
    Schedule schedule = new TestSchedules().room("small", 120).room("b", 300)
        .talk("x", "small", "10:00", "10:40", "Crowded").talk("y", "b", "10:00", "10:40", "Other").build();
    double bold = predictor.predict(schedule, 0.75).find(id("x")).orElseThrow().minutesEarly();
    double cautious = predictor.predict(schedule, 0.95).find(id("x")).orElseThrow().minutesEarly();
    assertThat(cautious).isGreaterThan(bold);
  }

  @Test
  void explainsTheSharesOfEveryCompetitorAndTheHallway() {
    Schedule schedule = new TestSchedules().room("a", 100).room("b", 300).room("c", 50)
        .talk("t1", "a", "10:00", "10:40", "One").talk("t2", "b", "10:00", "10:40", "Two")
        .talk("t3", "c", "10:10", "10:40", "Three").build();
    RiskExplanation explanation = predictor.predict(schedule, 0.9).explain(id("t1")).orElseThrow();
    double total = explanation.hallwayShare() + explanation.risk().share()
        + explanation.competitors().stream().mapToDouble(RiskExplanation.CompetitorShare::share).sum();
    assertThat(total).isCloseTo(1, within(1e-12));
    assertThat(explanation.competitors()).extracting(RiskExplanation.CompetitorShare::id)
        .containsExactly(id("t2"), id("t3"));
    assertThat(explanation.chanceArrivingAtStart()).isCloseTo(1 - explanation.risk().pFull(), within(1e-12));
  }

  @Test
  void theSameScheduleGivesTheSameReport() {
    Schedule schedule = new TestSchedules().room("a", 100).room("b", 300)
        .talk("t1", "a", "10:00", "10:40", "One").talk("t2", "b", "10:00", "10:40", "Two LLM").build();
    assertThat(predictor.predict(schedule, 0.9).sessions()).isEqualTo(predictor.predict(schedule, 0.9).sessions());
  }

  @Test
  void predictsOneDayOnly() {
    Schedule schedule = new TestSchedules().room("a", 100)
        .talk("today", "a", "10:00", "10:30", "Today")
        .session("tomorrow", "a", DAY.plusDays(1), "10:00", "10:30", "Tomorrow", SessionType.TALK, Signals.NONE)
        .build();
    DayRisk day = predictor.predictDay(schedule, DAY.plusDays(1), 0.9);
    assertThat(day.sessions()).extracting(SessionRisk::id).containsExactly(id("tomorrow"));
    assertThat(day.find(id("tomorrow"))).isPresent();
  }

  @Test
  void aBackupIsMoreLikelyFullWhenItsPrimaryIs() {
    Schedule schedule = new TestSchedules().attendees(2000)
        .room("a", 150).room("b", 120).room("c", 400)
        .talk("primary", "a", "10:00", "10:40", "Primary on LLM")
        .talk("backup", "b", "10:00", "10:40", "Backup")
        .talk("other", "c", "10:00", "10:40", "Other")
        .talk("elsewhen", "b", "15:00", "15:40", "Afternoon")
        .build();
    RiskReport report = predictor.predict(schedule, 0.9);
    double unconditional = report.find(id("backup")).orElseThrow().pFull();
    double conditional = report.pFullGivenFull(id("backup"), id("primary"));
    assertThat(conditional).isGreaterThan(unconditional + 0.02);
    assertThat(report.pFullGivenFull(id("elsewhen"), id("primary")))
        .isEqualTo(report.find(id("elsewhen")).orElseThrow().pFull());
    assertThatThrownBy(() -> report.pFullGivenFull(id("primary"), id("primary")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Signals signups(int count) {
    return new Signals(OptionalInt.empty(), OptionalInt.of(count));
  }
}
