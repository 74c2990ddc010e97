package dev.planner.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed JSON or YAML value that remembers the line and column it came from, so that readers can
 * name the place of every problem.
 */
public sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar, Node.Null {
  int line();

  int column();

  /** A short name of the kind of value, for messages such as "expected a list, found text". */
  String kind();

  /** A mapping; keys keep their order and their own positions. */
  record Mapping(int line, int column, Map<String, Field> fields) implements Node {
    public Mapping {
      fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<Node> get(String key) {
      Field field = fields.get(key);
      return field == null ? Optional.empty() : Optional.of(field.value());
    }

    @Override
    public String kind() {
      return "a mapping";
    }
  }

  /** One key of a mapping with the position of the key itself. */
  record Field(String key, int line, int column, Node value) {}

  /** A list. */
  record Sequence(int line, int column, List<Node> items) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /** Text, a number or a boolean, kept as the text the file had. */
  record Scalar(int line, int column, String text, boolean quotedString) implements Node {
    @Override
    public String kind() {
      return "a value";
    }
  }

  /** An explicit null or an empty value. */
  record Null(int line, int column) implements Node {
    @Override
    public String kind() {
      return "nothing";
    }
  }
}
