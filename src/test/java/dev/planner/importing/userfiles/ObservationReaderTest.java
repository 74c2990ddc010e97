package dev.planner.importing.userfiles;

import dev.planner.importing.Diagnostic;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planner.model.SessionId;
import dev.planner.overflow.Observation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObservationReaderTest {
  private final ObservationReader reader = new ObservationReader(Set.of(new SessionId("a"), new SessionId("b")));

  @Test
  void readsFullFlagsAndHeadCountsFromCsv() {
    assertThat(reader.read(Source.ofText("seen.csv", "# seen at the doors\nid,full\na,yes\nb,0\n")))
        .containsExactly(Observation.full(new SessionId("a"), true), Observation.full(new SessionId("b"), false));
    assertThat(reader.read(Source.ofText("seen.csv", "id, headcount\na,120\n")))
        .containsExactly(Observation.counted(new SessionId("a"), 120));
  }

  @Test
  void readsAYamlList() {
    List<Observation> seen = reader.read(Source.ofText("seen.yaml", "- id: a\n  full: true\n- id: b\n  headcount: 7\n"));
    assertThat(seen).containsExactly(Observation.full(new SessionId("a"), true), Observation.counted(new SessionId("b"), 7));
  }

  @Test
  void placesEveryProblemAtItsLine() {
    assertThatThrownBy(() -> reader.read(Source.ofText("seen.csv", "id,full\na,1\na,0\nb,2\nc,1\nb\n")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).diagnostics()).extracting(Diagnostic::format)
            .anySatisfy(line -> assertThat(line).startsWith("seen.csv:3:").contains("twice"))
            .anySatisfy(line -> assertThat(line).startsWith("seen.csv:4:").contains("'2'"))
            .anySatisfy(line -> assertThat(line).startsWith("seen.csv:5:").contains("'c'"))
            .anySatisfy(line -> assertThat(line).startsWith("seen.csv:6:").contains("2 fields")));
    assertThatThrownBy(() -> reader.read(Source.ofText("seen.yaml", "- id: a\n  fulll: true\n")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("seen.yaml:2:");
  }

  @Test
  void aBadHeaderOrNothingAtAllIsAnError() {
    assertThatThrownBy(() -> reader.read(Source.ofText("seen.csv", "id,attendance\na,3\n")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("seen.csv:1:");
    assertThatThrownBy(() -> reader.read(Source.ofText("seen.csv", "id,full\n")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no observations");
  }
}
