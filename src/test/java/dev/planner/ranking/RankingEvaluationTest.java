package dev.planner.ranking;

import static dev.planner.ranking.BundledSchedule.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.TestFiles;
import dev.planner.importing.Node;
import dev.planner.importing.NodeParser;
import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures the ranking against the judged set (sessions of the bundled Wednesday that each example
 * attendee would pick, judged before the scorer was tuned) with precision@10 and NDCG@10, and
 * checks that the scorer beats plain keyword counting.
 */
class RankingEvaluationTest {
  private static final int CUTOFF = 10;

  @Test
  void theScorerBeatsKeywordCountingOnTheJudgedSet() throws Exception {
    Schedule schedule = BundledSchedule.schedule();
    List<Judgement> judgements = judgedSet();
    double[] scorer = new double[2];
    double[] baseline = new double[2];
    for (Judgement judgement : judgements) {
      Profile profile = BundledSchedule.profile(judgement.profile());
      List<String> ranked = new InterestScorer(schedule, profile).scoreDay(judgement.day()).stream()
          .map(scored -> scored.session().id().value()).toList();
      List<String> counted = KeywordCountBaseline.rank(schedule, profile, judgement.day()).stream()
          .map(session -> session.id().value()).toList();
      add(scorer, judgement, ranked, "scorer");
      add(baseline, judgement, counted, "keyword counting");
    }
    int profiles = judgements.size();
    System.out.printf(Locale.ROOT, "mean over %d profiles: scorer precision@10 %.3f NDCG@10 %.3f;"
            + " keyword counting precision@10 %.3f NDCG@10 %.3f%n",
        profiles, scorer[0] / profiles, scorer[1] / profiles, baseline[0] / profiles, baseline[1] / profiles);

    assertThat(scorer[0]).as("precision@10").isGreaterThan(baseline[0]);
    assertThat(scorer[1]).as("NDCG@10").isGreaterThan(baseline[1]);
  }

  @Test
  void metricsAreRightOnAHandCheckedRanking() {
    Judgement judgement = new Judgement("p", WEDNESDAY, Map.of("a", 2, "b", 1, "c", 1));
    List<String> ranked = List.of("x", "a", "y", "b");

    assertThat(precisionAtCutoff(judgement, ranked)).isEqualTo(0.2);
    double dcg = 3 / log2(3) + 1 / log2(5);
    double ideal = 3 / log2(2) + 1 / log2(3) + 1 / log2(4);
    assertThat(ndcgAtCutoff(judgement, ranked)).isCloseTo(dcg / ideal, org.assertj.core.data.Offset.offset(1e-12));
  }

  private static void add(double[] totals, Judgement judgement, List<String> ranked, String who) {
    double precision = precisionAtCutoff(judgement, ranked);
    double ndcg = ndcgAtCutoff(judgement, ranked);
    System.out.printf(Locale.ROOT, "%-36s %-17s precision@10 %.3f NDCG@10 %.3f%n", judgement.profile(), who, precision, ndcg);
    totals[0] += precision;
    totals[1] += ndcg;
  }

  static double precisionAtCutoff(Judgement judgement, List<String> ranked) {
    return ranked.stream().limit(CUTOFF).filter(id -> judgement.grade(id) > 0).count() / (double) CUTOFF;
  }

  /** NDCG with gain 2^grade - 1 and a log2(rank + 1) discount. */
  static double ndcgAtCutoff(Judgement judgement, List<String> ranked) {
    double dcg = 0;
    for (int i = 0; i < Math.min(CUTOFF, ranked.size()); i++) {
      dcg += gain(judgement.grade(ranked.get(i))) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(judgement.picks().values());
    ideal.sort((a, b) -> b - a);
    double best = 0;
    for (int i = 0; i < Math.min(CUTOFF, ideal.size()); i++) {
      best += gain(ideal.get(i)) / log2(i + 2);
    }
    return best == 0 ? 0 : dcg / best;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double value) {
    return Math.log(value) / Math.log(2);
  }

  private static List<Judgement> judgedSet() throws Exception {
    Path file = TestFiles.resource("ranking/judged-set.yaml");
    Node.Mapping root = (Node.Mapping) NodeParser.parseYaml(Files.readString(file), file.toString());
    LocalDate day = LocalDate.parse(text(root.get("day").orElseThrow()));
    List<Judgement> judgements = new ArrayList<>();
    for (Node item : ((Node.Sequence) root.get("profiles").orElseThrow()).items()) {
      Node.Mapping entry = (Node.Mapping) item;
      Map<String, Integer> picks = new LinkedHashMap<>();
      ((Node.Mapping) entry.get("picks").orElseThrow()).fields()
          .forEach((id, field) -> picks.put(id, Integer.parseInt(text(field.value()))));
      judgements.add(new Judgement(text(entry.get("profile").orElseThrow()), day, picks));
    }
    return judgements;
  }

  private static String text(Node node) {
    return ((Node.Scalar) node).text();
  }

  /** One attendee's profile and the grade of each session they would pick (0 for the rest). */
  record Judgement(String profile, LocalDate day, Map<String, Integer> picks) {
    int grade(String id) {
      return picks.getOrDefault(id, 0);
    }
  }
}
