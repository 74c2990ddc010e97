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

  private static void number(StringBuilder yaml, String key, double value) {
    yaml.append("  ").append(key).append(": ").append(String.format(Locale.ROOT, "%.4f", value)).append('\n');
  }
}
