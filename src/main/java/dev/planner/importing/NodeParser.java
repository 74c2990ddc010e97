package dev.planner.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses JSON or YAML into {@link Node}s with positions, through Jackson's streaming parser. Nesting,
 * document size and YAML aliases are bounded so that hostile input fails fast with a message.
 */
public final class NodeParser {
  /** The deepest nesting accepted; real schedules need fewer than ten levels. */
  public static final int MAX_DEPTH = 64;
  /** The largest input accepted, in characters (64 Mi). */
  public static final int MAX_CHARS = 64 * 1024 * 1024;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(MAX_CHARS)
          .maxDocumentLength(MAX_CHARS)
          .build();

  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

  private static final LinearYamlFactory YAML = yamlFactory();

  private NodeParser() {}

  private static LinearYamlFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARS);
    options.setMaxAliasesForCollections(50);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    return new LinearYamlFactory(YAMLFactory.builder().loaderOptions(options).streamReadConstraints(CONSTRAINTS));
  }

  /** Parses YAML text; syntax errors become one diagnostic at their line. */
  public static Node parseYaml(String text, String sourceName) {
    return parse(() -> YAML.parserOf(text), sourceName);
  }

  /** Parses JSON text; syntax errors become one diagnostic at their line. */
  public static Node parseJson(String text, String sourceName) {
    return parse(() -> JSON.createParser(new StringReader(text)), sourceName);
  }

  /** Makes the parser of one text. */
  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private static Node parse(ParserSource source, String sourceName) {
    try (JsonParser parser = source.open()) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Node.Null(1, 1);
      }
      return read(parser);
    } catch (PlacedError e) {
      throw InvalidInputException.at(sourceName, e.line, e.column, e.getMessage());
    } catch (StreamConstraintsException e) {
      throw InvalidInputException.at(sourceName, 0, 0, "nested deeper than " + MAX_DEPTH
          + " levels or larger than " + MAX_CHARS + " characters: not a schedule");
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      int line = where == null ? 0 : Math.max(where.getLineNr(), 0);
      int column = where == null ? 0 : Math.max(where.getColumnNr(), 0);
      throw InvalidInputException.at(sourceName, line, column, syntaxMessage(e));
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports limits and some syntax errors as its own unchecked exceptions.
      throw InvalidInputException.at(sourceName, 0, 0, "cannot parse: " + oneLine(e.getMessage()));
    }
  }

  private static Node read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    JsonLocation where = parser.currentTokenLocation();
    int line = where.getLineNr();
    int column = where.getColumnNr();
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      // Jackson hands an alias over as its anchor's name, which would then be misread as text.
      throw new PlacedError(line, column, "YAML aliases (*" + parser.getText() + ") are not accepted: write the value out");
    }
    switch (token) {
      case START_OBJECT:
        return readMapping(parser, line, column);
      case START_ARRAY:
        return readSequence(parser, line, column);
      case VALUE_NULL:
        return new Node.Null(line, column);
      case VALUE_STRING:
        return new Node.Scalar(line, column, parser.getText(), true);
      default:
        return new Node.Scalar(line, column, parser.getText(), false);
    }
  }

  private static Node readMapping(JsonParser parser, int line, int column) throws IOException {
    Map<String, Node.Field> fields = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      JsonLocation keyAt = parser.currentTokenLocation();
      String key = parser.currentName();
      if (fields.containsKey(key)) {
        // The parser would keep the last value silently; a repeated key is almost always a slip.
        throw new PlacedError(keyAt.getLineNr(), keyAt.getColumnNr(), "key '" + key + "' given twice in the same mapping");
      }
      parser.nextToken();
      Node value = read(parser);
      fields.put(key, new Node.Field(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
    }
    return new Node.Mapping(line, column, fields);
  }

  private static Node readSequence(JsonParser parser, int line, int column) throws IOException {
    List<Node> items = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      if (token == null) {
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "list opened at line " + line + " never closed");
      }
      items.add(read(parser));
    }
    return new Node.Sequence(line, column, items);
  }

  private static String syntaxMessage(JsonProcessingException e) {
    // Jackson names the source it was not given ("[Source: REDACTED ...; line: 1, column: 2]").
    String message = oneLine(e.getOriginalMessage()).replaceAll("\\[Source: [^;]*; ", "[");
    return "syntax error: " + message;
  }

  /** A problem the parser does not see itself (a repeated key, an alias), with its place. */
  private static final class PlacedError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    PlacedError(int line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  public static String oneLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    String first = message.strip().lines().findFirst().orElse("unreadable input");
    return first.length() > 200 ? first.substring(0, 200) + "..." : first;
  }
}
