package dev.planner.importing.userfiles;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.Fields;
import dev.planner.importing.Node;
import dev.planner.importing.NodeParser;
import dev.planner.importing.Source;

import dev.planner.model.Preferences;
import dev.planner.model.Profile;
import dev.planner.model.RiskAppetite;
import dev.planner.model.SessionType;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an attendee profile from YAML ({@code docs/profile.md}); unknown keys are errors, because
 * a misspelt key would otherwise silently do nothing.
 */
public final class ProfileReader {
  private static final Set<String> TOP_KEYS =
      Set.of("interests", "tracks", "types", "speakers", "companies", "avoid", "mustSee", "skip", "preferences");
  private static final Set<String> PREFERENCE_KEYS =
      Set.of("risk", "recordingValue", "walkingPace", "lunch", "latestEnd");

  public Profile read(Source source) {
    Diagnostics diagnostics = new Diagnostics(source.name());
    Node root = NodeParser.parseYaml(source.text(), source.name());
    if (root instanceof Node.Null) {
      return Profile.EMPTY;
    }
    Fields top = Fields.of(root, diagnostics, "the profile").orElseThrow(diagnostics::failure);
    top.rejectUnknown(TOP_KEYS, true);
    Map<String, Double> interests = weights(top, "interests", diagnostics);
    Map<String, Double> tracks = weights(top, "tracks", diagnostics);
    Map<SessionType, Double> types = types(top, diagnostics);
    // An avoided type name lowers that type; any other avoided word or phrase is matched like an
    // interest in every field, the track name included, so naming a track avoids it too.
    weights(top, "avoid", diagnostics).forEach((term, weight) -> {
      Optional<SessionType> type = typeNamed(term);
      if (type.isPresent()) {
        types.merge(type.get(), -Math.abs(weight), Double::sum);
      } else {
        interests.merge(term, -Math.abs(weight), Double::sum);
      }
    });
    Preferences preferences = top.node("preferences")
        .flatMap(node -> Fields.of(node, diagnostics, "preferences"))
        .map(fields -> preferences(fields, diagnostics))
        .orElse(Preferences.DEFAULT);
    Profile profile = new Profile(interests, tracks, types, top.texts("speakers"), top.texts("companies"),
        top.texts("mustSee"), top.texts("skip"), preferences);
    diagnostics.throwIfErrors();
    return profile;
  }

  private static Map<SessionType, Double> types(Fields top, Diagnostics diagnostics) {
    Map<SessionType, Double> types = new LinkedHashMap<>();
    top.node("types").flatMap(node -> Fields.of(node, diagnostics, "types")).ifPresent(fields -> {
      for (Node.Field field : fields.mapping().fields().values()) {
        Optional<SessionType> type = typeNamed(field.key());
        if (type.isEmpty()) {
          diagnostics.error(field.line(), field.column(), "unknown session type '" + field.key() + "' in types (known: "
              + String.join(", ", Arrays.stream(SessionType.values()).map(SessionType::label).toList()) + ")");
          continue;
        }
        fields.decimal(field.key(), -100, 100).ifPresent(weight -> types.put(type.get(), weight));
      }
    });
    return types;
  }

  private static Optional<SessionType> typeNamed(String label) {
    try {
      return Optional.of(SessionType.fromLabel(label));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Map<String, Double> weights(Fields top, String key, Diagnostics diagnostics) {
    Map<String, Double> weights = new LinkedHashMap<>();
    Optional<Node> node = top.node(key);
    if (node.isEmpty()) {
      return weights;
    }
    if (node.get() instanceof Node.Sequence) {
      top.texts(key).forEach(term -> weights.put(term, 1.0));
      return weights;
    }
    Fields.of(node.get(), diagnostics, key).ifPresent(fields -> {
      for (Node.Field field : fields.mapping().fields().values()) {
        fields.decimal(field.key(), -100, 100).ifPresent(weight -> weights.put(field.key(), weight));
      }
    });
    return weights;
  }

  private static Preferences preferences(Fields fields, Diagnostics diagnostics) {
    fields.rejectUnknown(PREFERENCE_KEYS, true);
    Preferences defaults = Preferences.DEFAULT;
    RiskAppetite risk = fields.parsed("risk", "cautious, normal or bold", RiskAppetite::fromLabel).orElse(defaults.risk());
    double recording = fields.decimal("recordingValue", 0, 1).orElse(defaults.recordingValue());
    double pace = fields.decimal("walkingPace", 0.1, 10).orElse(defaults.walkingPace());
    Optional<Preferences.TimeWindow> lunch = fields.parsed("lunch", "a window such as 12:30-13:30", ProfileReader::window);
    Optional<LocalTime> latestEnd = fields.parsed("latestEnd", "a time such as 18:00", text -> LocalTime.parse(text.trim()));
    return new Preferences(risk, recording, pace, lunch, latestEnd);
  }

  private static Preferences.TimeWindow window(String text) {
    String[] parts = text.split("[-\u2013]", 2);
    return new Preferences.TimeWindow(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
  }
}
