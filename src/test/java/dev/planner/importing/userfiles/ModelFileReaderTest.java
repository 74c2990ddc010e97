package dev.planner.importing.userfiles;

import dev.planner.importing.Diagnostic;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planner.model.SessionType;
import dev.planner.overflow.OverflowParameters;
import org.junit.jupiter.api.Test;

class ModelFileReaderTest {
  private static final OverflowParameters DEFAULTS = ModelFileReader.defaults();

  @Test
  void readsTheBundledDefaults() {
    assertThat(DEFAULTS.attendance().noShow()).isEqualTo(0.17);
    assertThat(DEFAULTS.attendance().inSessions()).isEqualTo(0.40);
    assertThat(DEFAULTS.demand().forecastCv()).isEqualTo(0.35);
    assertThat(DEFAULTS.demand().slotShock()).isEqualTo(0.25);
    assertThat(DEFAULTS.demand().capacityFactor()).isEqualTo(0.95);
    assertThat(DEFAULTS.levels().medium()).isEqualTo(0.2);
    assertThat(DEFAULTS.levels().high()).isEqualTo(0.5);
    assertThat(DEFAULTS.spillShare()).isEqualTo(0.45);
    assertThat(DEFAULTS.choice().minOverlap()).isEqualTo(0.5);
    assertThat(DEFAULTS.choice().hotTopics()).containsKeys("agents", "security", "kubernetes");
    assertThat(DEFAULTS.choice().content().abstractFactor()).isEqualTo(0.5);
    assertThat(DEFAULTS.choice().typeWeight(SessionType.KEYNOTE)).isPositive();
  }

  @Test
  void theBundledDefaultsAreReadOncePerProcessWhicheverThreadAsksFirst() throws InterruptedException {
    OverflowParameters[] fromAnotherThread = new OverflowParameters[1];
    Thread other = new Thread(() -> fromAnotherThread[0] = ModelFileReader.defaults());
    other.start();
    other.join();

    assertThat(ModelFileReader.defaults()).isSameAs(DEFAULTS).isSameAs(fromAnotherThread[0]);
  }

  @Test
  void aUserFileOverridesOnlyTheKeysItSets() {
    OverflowParameters read = ModelFileReader.read(Source.ofText("mine.yaml", """
        demand:
          slotShock: 0
        choice:
          typeWeights:
            workshop: 0.4
          hotTopics:
            rust: 0
        """), DEFAULTS);
    assertThat(read.demand().slotShock()).isZero();
    assertThat(read.demand().forecastCv()).isEqualTo(0.35);
    assertThat(read.choice().typeWeight(SessionType.WORKSHOP)).isEqualTo(0.4);
    assertThat(read.choice().typeWeight(SessionType.KEYNOTE)).isEqualTo(DEFAULTS.choice().typeWeight(SessionType.KEYNOTE));
    assertThat(read.choice().hotTopics()).containsEntry("rust", 0.0).containsKey("agents");
    assertThat(read.attendance()).isEqualTo(DEFAULTS.attendance());
  }

  @Test
  void rejectsUnknownKeysAndBadValuesAtTheirLines() {
    assertThatThrownBy(() -> ModelFileReader.read(Source.ofText("bad.yaml", """
        demand:
          slotShok: 0.1
          forecastCv: lots
        levels:
          medium: 0.6
          high: 0.5
        """), DEFAULTS))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).diagnostics()).extracting(Diagnostic::format)
            .anySatisfy(line -> assertThat(line).startsWith("bad.yaml:2:").contains("unknown key 'slotShok'"))
            .anySatisfy(line -> assertThat(line).startsWith("bad.yaml:3:").contains("forecastCv")));
  }

  @Test
  void rejectsInconsistentLevels() {
    assertThatThrownBy(() -> ModelFileReader.read(Source.ofText("levels.yaml", "levels:\n  medium: 0.6\n  high: 0.5\n"), DEFAULTS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("medium threshold");
  }

  @Test
  void rejectsAnUnknownSessionType() {
    assertThatThrownBy(() -> ModelFileReader.read(Source.ofText("t.yaml", "choice:\n  typeWeights:\n    keynot: 1\n"), DEFAULTS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("t.yaml:3:").hasMessageContaining("keynot");
  }
}
