package dev.planner.importing.userfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planner.importing.Source;
import dev.planner.model.SessionType;
import dev.planner.overflow.OverflowParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelSnapshotTest {
  private static final Path DEFAULT_YAML = Path.of("src/main/resources/dev/planner/overflow/default-model.yaml");

  private static OverflowParameters roundTrip(OverflowParameters parameters) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelSnapshot.write(parameters, bytes);
    return ModelSnapshot.read(new ByteArrayInputStream(bytes.toByteArray()));
  }

  private static OverflowParameters yaml() throws IOException {
    return ModelFileReader.readComplete(Source.ofText(DEFAULT_YAML.toString(), Files.readString(DEFAULT_YAML)));
  }

  @Test
  void aSnapshotReadsBackAsEqualParameters() throws IOException {
    OverflowParameters changed = yaml().withChoice(yaml().choice().withContent(
        Map.of(SessionType.WORKSHOP, -0.25), Map.of("wasm", 0.5), new OverflowParameters.ContentTerms(0.3, 0.1, 0.2, 0.4)));
    assertThat(roundTrip(changed)).isEqualTo(changed);
  }

  @Test
  void theDefaultsTheJarShipsEqualTheirYaml() throws IOException {
    assertThat(ModelFileReader.class.getResource(ModelFileReader.DEFAULT_SNAPSHOT_RESOURCE)).isNotNull();
    assertThat(ModelFileReader.defaults()).isEqualTo(yaml());
  }

  @Test
  void bytesOfAnotherKindAreRefused() {
    assertThatThrownBy(() -> ModelSnapshot.read(new ByteArrayInputStream("{\"choice\": {}}".getBytes())))
        .isInstanceOf(IOException.class).hasMessageContaining("not a model snapshot");
  }
}
