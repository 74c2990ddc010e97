package dev.planner.rendering;

import dev.planner.overflow.OverflowParameters;
import java.util.Locale;

/**
 * Writes the values a calibration fits as a model file that {@code --model} reads
 * (docs/overflow-model.md): only the fitted keys, so every other value keeps its default.
 */
public final class ModelFileWriter {
  private ModelFileWriter() {}

  /** @param comment a line saying where the values come from, written as a YAML comment */
  public static String fitted(OverflowParameters parameters, String comment) {
    StringBuilder yaml = new StringBuilder();
    comment.lines().forEach(line -> yaml.append("# ").append(line).append('\n'));
    yaml.append("attendance:\n");
    number(yaml, "inSessions", parameters.attendance().inSessions());
    number(yaml, "keynoteInSessions", parameters.attendance().keynoteInSessions());
    yaml.append("choice:\n");
    number(yaml, "hallwayUtility", parameters.choice().hallwayUtility());
    number(yaml, "signalWeight", parameters.choice().signalWeight());
    number(yaml, "roomWeight", parameters.choice().roomWeight());
    yaml.append("demand:\n");
    number(yaml, "forecastCv", parameters.demand().forecastCv());
    return yaml.toString();
  }

  /**
   * The choice weights a fit of favourites sets, as a model file: the type weights, the topic lexicon
   * (every topic of {@code base} the fit dropped set to 0, since topics merge entry by entry), track
   * weights when fitted, and the content terms.
   */
  public static String choiceWeights(OverflowParameters.Choice fitted, OverflowParameters.Choice base, String comment) {
    StringBuilder yaml = new StringBuilder();
    comment.lines().forEach(line -> yaml.append("# ").append(line).append('\n'));
    yaml.append("choice:\n");
    number(yaml, "abstractFactor", fitted.content().abstractFactor());
    number(yaml, "durationWeight", fitted.content().durationWeight());
    number(yaml, "sharedTopicWeight", fitted.content().sharedTopicWeight());
    number(yaml, "repeatSpeakerWeight", fitted.content().repeatSpeakerWeight());
    yaml.append("  typeWeights:\n");
    new java.util.TreeMap<>(fitted.typeWeights()).forEach((type, weight) -> entry(yaml, type.label(), weight));
    if (!fitted.trackWeights().equals(base.trackWeights())) {
      yaml.append("  trackWeights:\n");
      java.util.Map<String, Double> tracks = new java.util.TreeMap<>(fitted.trackWeights());
      base.trackWeights().keySet().forEach(track -> tracks.putIfAbsent(track, 0.0));
      tracks.forEach((track, weight) -> entry(yaml, track, weight));
    }
    yaml.append("  hotTopics:\n");
    java.util.Map<String, Double> topics = new java.util.TreeMap<>(fitted.hotTopics());
    base.hotTopics().keySet().forEach(topic -> topics.putIfAbsent(topic, 0.0));
    topics.forEach((topic, weight) -> entry(yaml, topic, weight));
    return yaml.toString();
  }

  private static void entry(StringBuilder yaml, String key, double value) {
    String quoted = '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    yaml.append("    ").append(quoted).append(": ").append(String.format(Locale.ROOT, "%.3f", value)).append('\n');
  }

  private static void number(StringBuilder yaml, String key, double value) {
    yaml.append("  ").append(key).append(": ").append(String.format(Locale.ROOT, "%.4f", value)).append('\n');
  }
}
