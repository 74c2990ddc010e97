package dev.planner.importing.yaml;


import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planner.model.CapacitySource;
import dev.planner.model.SessionType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** schedule/schema.json describes exactly the keys and labels the YAML reader knows, so the two cannot drift apart. */
class ScheduleSchemaTest {
  /** Stands for the schema's root in the parameters; the other names are entries of {@code $defs}. */
  private static final String TOP_LEVEL = "top level";

  private static JsonNode schema;

  @BeforeAll
  static void parse() throws IOException {
    schema = new ObjectMapper().readTree(Path.of("schedule/schema.json").toFile());
  }

  static List<Arguments> mappings() {
    return List.of(
        Arguments.of(TOP_LEVEL, YamlScheduleReader.TOP_KEYS),
        Arguments.of("venue", YamlScheduleReader.VENUE_KEYS),
        Arguments.of("room", YamlScheduleReader.ROOM_KEYS),
        Arguments.of("walking", YamlScheduleReader.WALKING_KEYS),
        Arguments.of("walkingTime", YamlScheduleReader.WALKING_PAIR_KEYS),
        Arguments.of("session", YamlScheduleReader.SESSION_KEYS),
        Arguments.of("namedSpeaker", YamlScheduleReader.SPEAKER_KEYS),
        Arguments.of("signals", YamlScheduleReader.SIGNAL_KEYS));
  }

  private static JsonNode definition(String name) {
    return name.equals(TOP_LEVEL) ? schema : schema.path("$defs").path(name);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappings")
  void listsEveryKeyTheReaderKnowsAndNoOther(String name, Set<String> readerKeys) {
    JsonNode mapping = definition(name);
    List<String> schemaKeys = new ArrayList<>();
    mapping.path("properties").fieldNames().forEachRemaining(schemaKeys::add);

    assertThat(schemaKeys).containsExactlyInAnyOrderElementsOf(readerKeys);
    assertThat(mapping.path("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void usesJsonSchemaDraft2020() {
    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void requiresWhatTheReaderRequiresOfASession() {
    assertThat(texts(definition("session").path("required")))
        .containsExactlyInAnyOrder("id", "title", "start", "end", "room");
  }

  @Test
  void offersEverySessionTypeLabel() {
    List<String> labels = Arrays.stream(SessionType.values()).map(SessionType::label).toList();

    assertThat(texts(definition("session").path("properties").path("type").path("enum")))
        .containsExactlyInAnyOrderElementsOf(labels);
  }

  @Test
  void offersEveryCapacitySourceLabel() {
    List<String> labels = Arrays.stream(CapacitySource.values()).map(CapacitySource::label).toList();

    assertThat(texts(definition("room").path("properties").path("capacitySource").path("enum")))
        .containsExactlyInAnyOrderElementsOf(labels);
  }
}
