package dev.planner.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermTokenizerTest {

  @Test
  void foldsCaseAndAccentsAndLigatures() {
    assertThat(TermTokenizer.fold("Sécurité ÜBER ﬁle Ñandú")).isEqualTo("securite uber file nandu");
  }

  @Test
  void splitsOnPunctuationAndStemsEachWord() {
    assertThat(TermTokenizer.tokens("Multi-tenant Clusters: AI/ML & GitOps!"))
        .containsExactly("multi", "tenant", "cluster", "ai", "ml", "gitop");
  }

  @Test
  void givesNoWordsForPunctuationOnly() {
    assertThat(TermTokenizer.tokens(" -- / !! ")).isEmpty();
  }
}
