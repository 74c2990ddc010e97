package dev.planner.importing.userfiles;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.Fields;
import dev.planner.importing.Node;
import dev.planner.importing.NodeParser;
import dev.planner.importing.Source;
import dev.planner.importing.TimeParsing;

import java.time.DateTimeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the user's defaults file ({@code ~/.config/planner/config.yaml}): a flat mapping of a few
 * documented keys. Unknown keys and bad values are errors at their line, because a misspelt key
 * would otherwise silently do nothing.
 */
public final class ConfigFileReader {
  /** The keys, in the order they are documented and shown. */
  public static final List<String> KEYS = List.of("schedule", "profile", "timezone", "attendees", "format", "backups", "reminder");

  /** Formats a default may name: those every listing command offers. */
  private static final Set<String> FORMATS = Set.of("table", "json", "csv", "tsv", "md");

  /** One value of the file and the line it is on. */
  public record Setting(String value, int line) {}

  /** The settings of one file, by key, in the documented order. */
  public record Config(String source, Map<String, Setting> settings) {
    public static final Config EMPTY = new Config("", Map.of());

    public Config {
      settings = Map.copyOf(settings);
    }

    public Optional<Setting> setting(String key) {
      return Optional.ofNullable(settings.get(key));
    }
  }

  public Config read(Source source) {
    Diagnostics diagnostics = new Diagnostics(source.name());
    Node root = NodeParser.parseYaml(source.text(), source.name());
    if (root instanceof Node.Null) {
      return new Config(source.name(), Map.of());
    }
    Fields fields = Fields.of(root, diagnostics, "the config file").orElseThrow(diagnostics::failure);
    fields.rejectUnknown(Set.copyOf(KEYS), true);
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (String key : KEYS) {
      Optional<String> value = value(fields, key);
      value.ifPresent(text -> settings.put(key, new Setting(text, fields.mapping().fields().get(key).line())));
    }
    diagnostics.throwIfErrors();
    return new Config(source.name(), settings);
  }

  private static Optional<String> value(Fields fields, String key) {
    return switch (key) {
      case "attendees" -> fields.integer(key, 1, 10_000_000).map(String::valueOf);
      case "backups" -> fields.integer(key, 0, 10).map(String::valueOf);
      case "reminder" -> fields.integer(key, 0, 24 * 60).map(String::valueOf);
      case "timezone" -> fields.parsed(key, "an IANA time zone such as Europe/Paris", text -> {
        try {
          return TimeParsing.zone(text).getId();
        } catch (DateTimeException e) {
          throw new IllegalArgumentException(e);
        }
      });
      case "format" -> fields.parsed(key, "one of csv, json, md, table, tsv", text -> {
        if (!FORMATS.contains(text.trim())) {
          throw new IllegalArgumentException(text);
        }
        return text.trim();
      });
      default -> fields.text(key).filter(text -> !text.isBlank());
    };
  }
}
