package dev.planner.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishStemmerTest {

  @ParameterizedTest(name = "{0} and {1} share a stem")
  @CsvSource({
      "policy, policies",
      "cluster, clusters",
      "process, processes",
      "mesh, meshes",
      "scale, scaling",
      "scale, scaled",
      "run, running",
      "automate, automation",
      "automated, automating",
      "escalation, escalate",
      "engineer, engineering",
      "containerization, containerize",
      "organisation, organization",
      "privilege, privileges",
  })
  void foldsInflectionsOntoOneStem(String one, String other) {
    assertThat(EnglishStemmer.stem(one)).isEqualTo(EnglishStemmer.stem(other));
  }

  @ParameterizedTest(name = "{0} and {1} stay apart")
  @CsvSource({
      "security, secure",
      "status, stat",
      "analysis, analyst",
      "string, str",
  })
  void keepsDifferentWordsApart(String one, String other) {
    assertThat(EnglishStemmer.stem(one)).isNotEqualTo(EnglishStemmer.stem(other));
  }

  @ParameterizedTest(name = "{0} is left alone")
  @CsvSource({"ai", "k8s", "bus", "gas", "class", "llm", "v1beta1"})
  void leavesShortWordsAndWordsWithDigitsAlone(String word) {
    assertThat(EnglishStemmer.stem(word)).isEqualTo(word);
  }
}
