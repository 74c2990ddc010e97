package dev.planner.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to the fields of one {@link Node.Mapping}: every wrong or missing value becomes a
 * diagnostic at its line, and the caller gets an empty result and carries on.
 */
public final class Fields {
  private final Node.Mapping mapping;
  private final Diagnostics diagnostics;
  private final String what;

  public Fields(Node.Mapping mapping, Diagnostics diagnostics, String what) {
    this.mapping = mapping;
    this.diagnostics = diagnostics;
    this.what = what;
  }

  /** Reads a node as a mapping, or reports that it is not one. */
  public static Optional<Fields> of(Node node, Diagnostics diagnostics, String what) {
    if (node instanceof Node.Mapping mapping) {
      return Optional.of(new Fields(mapping, diagnostics, what));
    }
    diagnostics.error(node.line(), node.column(), what + " must be a mapping, found " + node.kind());
    return Optional.empty();
  }

  public Node.Mapping mapping() {
    return mapping;
  }

  public int line() {
    return mapping.line();
  }

  public boolean has(String key) {
    return mapping.get(key).filter(node -> !(node instanceof Node.Null)).isPresent();
  }

  public Optional<Node> node(String key) {
    return mapping.get(key).filter(node -> !(node instanceof Node.Null));
  }

  /** Reports keys this reader does not know, as errors or warnings. */
  public void rejectUnknown(Set<String> known, boolean asErrors) {
    for (Node.Field field : mapping.fields().values()) {
      if (known.contains(field.key())) {
        continue;
      }
      String message = "unknown key '" + field.key() + "' in " + what + " (known: " + String.join(", ", sorted(known)) + ")";
      if (asErrors) {
        diagnostics.error(field.line(), field.column(), message);
      } else {
        diagnostics.warning(field.line(), field.column(), message);
      }
    }
  }

  public Optional<String> text(String key) {
    Optional<Node> node = node(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof Node.Scalar scalar) {
      return Optional.of(scalar.text());
    }
    wrongKind(key, node.get(), "text");
    return Optional.empty();
  }

  public Optional<String> requiredText(String key) {
    Optional<String> value = text(key).filter(text -> !text.isBlank());
    if (value.isEmpty() && mapping.get(key).filter(Node.Scalar.class::isInstance).isEmpty()) {
      missing(key);
    } else if (value.isEmpty()) {
      Node node = mapping.get(key).orElseThrow();
      diagnostics.error(node.line(), node.column(), "'" + key + "' of " + what + " must not be empty");
    }
    return value;
  }

  public String textOr(String key, String fallback) {
    return text(key).orElse(fallback);
  }

  /** A whole number within bounds. */
  public Optional<Integer> integer(String key, int min, int max) {
    return parsed(key, "a whole number from " + min + " to " + max, text -> {
      int value = Integer.parseInt(text.trim());
      if (value < min || value > max) {
        throw new IllegalArgumentException();
      }
      return value;
    });
  }

  /** A decimal number within bounds. */
  public Optional<Double> decimal(String key, double min, double max) {
    return parsed(key, "a number from " + min + " to " + max, text -> {
      double value = Double.parseDouble(text.trim());
      if (!(value >= min && value <= max)) {
        throw new IllegalArgumentException();
      }
      return value;
    });
  }

  /** A value converted by a parser that throws on bad text; the failure names what was expected. */
  public <T> Optional<T> parsed(String key, String expected, Function<String, T> parser) {
    Optional<String> text = text(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(text.get()));
    } catch (RuntimeException e) {
      Node node = mapping.get(key).orElseThrow();
      diagnostics.error(node.line(), node.column(),
          "'" + key + "' of " + what + " must be " + expected + ", found '" + abbreviate(text.get()) + "'");
      return Optional.empty();
    }
  }

  /** A list of nodes; a single value is read as a list of one. */
  public List<Node> list(String key) {
    Optional<Node> node = node(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (node.get() instanceof Node.Sequence sequence) {
      return sequence.items();
    }
    if (node.get() instanceof Node.Scalar) {
      return List.of(node.get());
    }
    wrongKind(key, node.get(), "a list");
    return List.of();
  }

  /** A list of texts; non-text items are reported and left out. */
  public List<String> texts(String key) {
    List<String> texts = new ArrayList<>();
    for (Node item : list(key)) {
      if (item instanceof Node.Scalar scalar) {
        texts.add(scalar.text());
      } else {
        diagnostics.error(item.line(), item.column(), "items of '" + key + "' in " + what + " must be text, found " + item.kind());
      }
    }
    return texts;
  }

  public void missing(String key) {
    diagnostics.error(mapping.line(), mapping.column(), what + " has no '" + key + "'");
  }

  public void errorAt(String key, String message) {
    Node node = mapping.get(key).orElse(null);
    if (node == null) {
      diagnostics.error(mapping.line(), mapping.column(), message);
    } else {
      diagnostics.error(node.line(), node.column(), message);
    }
  }

  public void warningAt(String key, String message) {
    Node node = mapping.get(key).orElse(null);
    int line = node == null ? mapping.line() : node.line();
    int column = node == null ? mapping.column() : node.column();
    diagnostics.warning(line, column, message);
  }

  private void wrongKind(String key, Node node, String expected) {
    diagnostics.error(node.line(), node.column(), "'" + key + "' of " + what + " must be " + expected + ", found " + node.kind());
  }

  private static List<String> sorted(Set<String> keys) {
    List<String> list = new ArrayList<>(keys);
    list.sort(String::compareTo);
    return list;
  }

  static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() > 60 ? flat.substring(0, 60) + "..." : flat;
  }

}
