package dev.planner.rendering;

import dev.planner.model.Preferences;
import dev.planner.model.Profile;
import dev.planner.model.SessionType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * Writes a profile in the YAML of {@code docs/profile.md} (read back, it gives the same profile) or as
 * a JSON-ready record; keys are ordered by weight, then name, so the output is the same every run.
 */
public final class ProfileWriter {
  private static final Map<String, String> SECTION_NOTES = sectionNotes();

  private ProfileWriter() {}

  /** The profile as ordered maps and lists: avoided words apart from wanted ones, with positive weights. */
  public static Map<String, Object> record(Profile profile) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("interests", weights(profile.interests(), weight -> weight >= 0));
    record.put("avoid", negated(weights(profile.interests(), weight -> weight < 0)));
    record.put("tracks", weights(profile.tracks(), weight -> true));
    Map<String, Double> types = new LinkedHashMap<>();
    profile.types().forEach((type, weight) -> types.put(type.label(), weight));
    record.put("types", weights(types, weight -> true));
    record.put("speakers", profile.speakers());
    record.put("companies", profile.companies());
    record.put("mustSee", profile.mustSee());
    record.put("skip", profile.skip());
    record.put("preferences", preferences(profile.preferences()));
    return record;
  }

  /** The profile as YAML, after the given comment lines; every section is present, if only empty, with a note. */
  public static String yaml(Profile profile, List<String> comments) {
    StringBuilder out = new StringBuilder();
    comments.forEach(comment -> out.append("# ").append(comment).append('\n'));
    for (Map.Entry<String, Object> section : record(profile).entrySet()) {
      out.append('\n').append("# ").append(SECTION_NOTES.get(section.getKey())).append('\n');
      out.append(section.getKey()).append(':');
      appendValue(out, section.getValue());
    }
    return out.toString();
  }

  private static void appendValue(StringBuilder out, Object value) {
    if (value instanceof Map<?, ?> map && map.isEmpty()) {
      out.append(" {}\n");
    } else if (value instanceof Map<?, ?> map) {
      out.append('\n');
      map.forEach((key, item) -> out.append("  ").append(quoted(key.toString())).append(": ").append(scalar(item)).append('\n'));
    } else if (value instanceof List<?> list) {
      out.append(" [").append(String.join(", ", list.stream().map(ProfileWriter::scalar).toList())).append("]\n");
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static Map<String, Double> weights(Map<String, Double> weights, DoublePredicate chosen) {
    Map<String, Double> ordered = new LinkedHashMap<>();
    weights.entrySet().stream()
        .filter(entry -> chosen.test(entry.getValue()))
        .sorted(Comparator.comparing((Map.Entry<String, Double> entry) -> -Math.abs(entry.getValue()))
            .thenComparing(Map.Entry::getKey))
        .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
    return ordered;
  }

  private static Map<String, Double> negated(Map<String, Double> weights) {
    Map<String, Double> negated = new LinkedHashMap<>();
    weights.forEach((key, weight) -> negated.put(key, -weight));
    return negated;
  }

  private static Map<String, Object> preferences(Preferences preferences) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("risk", preferences.risk().label());
    record.put("recordingValue", preferences.recordingValue());
    record.put("walkingPace", preferences.walkingPace());
    preferences.lunch().ifPresent(lunch -> record.put("lunch", Cells.clock(lunch.from()) + "-" + Cells.clock(lunch.to())));
    preferences.latestEnd().ifPresent(end -> record.put("latestEnd", Cells.clock(end)));
    return record;
  }

  private static String scalar(Object value) {
    if (value instanceof Double number) {
      return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
    return quoted(value.toString());
  }

  /** A double-quoted YAML string, which takes the escapes JSON does: safe for any text. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static Map<String, String> sectionNotes() {
    Map<String, String> notes = new LinkedHashMap<>();
    notes.put("interests", "Words and phrases you want, with weights (1 = mild, 3 = strong).");
    notes.put("avoid", "Words, phrases, tracks or session types you do not want; they subtract points.");
    notes.put("tracks", "Tracks you prefer (positive) or dislike (negative); part of the track name is enough.");
    notes.put("types", "Session types: " + String.join(", ",
        Arrays.stream(SessionType.values()).filter(SessionType::isPlannable).map(SessionType::label).toList()) + ".");
    notes.put("speakers", "Speakers to follow.");
    notes.put("companies", "Companies whose speakers you follow.");
    notes.put("mustSee", "Session ids or exact titles always planned.");
    notes.put("skip", "Session ids or exact titles never planned.");
    notes.put("preferences", "risk: cautious, normal or bold; recordingValue 0-1; walkingPace (1 = average); lunch; latestEnd.");
    return notes;
  }
}
