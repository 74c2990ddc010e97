package dev.planner.importing.frab;

import dev.planner.importing.InvalidInputException;
import dev.planner.importing.NodeParser;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small XML element tree with the line and column of every element, parsed with DTDs and external
 * entities refused: a schedule has no use for either, and both are ways to attack a parser.
 */
final class XmlTree {
  /** The deepest nesting accepted; schedules need fewer than ten levels. */
  static final int MAX_DEPTH = 64;

  private XmlTree() {}

  /** One element: its name, attributes, child elements, own text (trimmed) and position. */
  record Element(String name, Map<String, String> attributes, List<Element> children, String text, int line, int column) {
    Element {
      attributes = Map.copyOf(attributes);
      children = List.copyOf(children);
    }

    Optional<Element> child(String childName) {
      return children.stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    List<Element> children(String childName) {
      return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    /** The trimmed text of the first child of that name, or empty text. */
    String childText(String childName) {
      return child(childName).map(Element::text).orElse("");
    }

    Optional<String> attribute(String attributeName) {
      return Optional.ofNullable(attributes.get(attributeName)).map(String::strip).filter(value -> !value.isEmpty());
    }
  }

  /** Parses a whole document; a DOCTYPE or a syntax error is one diagnostic at its line. */
  static Element parse(String text, String sourceName) {
    XMLStreamReader reader = null;
    try {
      reader = factory().createXMLStreamReader(new StringReader(text));
      return build(reader, sourceName);
    } catch (XMLStreamException e) {
      Location where = e.getLocation();
      throw InvalidInputException.at(sourceName, where == null ? 0 : Math.max(where.getLineNumber(), 0),
          where == null ? 0 : Math.max(where.getColumnNumber(), 0), "not well-formed XML: " + cleanMessage(e));
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      // The JDK's parser fails on some malformed DTDs while formatting its own message.
      throw InvalidInputException.at(sourceName, 0, 0, "not well-formed XML: " + NodeParser.oneLine(e.getMessage()));
    } finally {
      close(reader);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }

  private static Element build(XMLStreamReader reader, String sourceName) throws XMLStreamException {
    Deque<Builder> open = new ArrayDeque<>();
    Element root = null;
    while (reader.hasNext()) {
      int event = reader.next();
      Location where = reader.getLocation();
      switch (event) {
        case XMLStreamConstants.DTD ->
            throw InvalidInputException.at(sourceName, where.getLineNumber(), where.getColumnNumber(),
                "DTDs are not accepted: remove the <!DOCTYPE> declaration");
        case XMLStreamConstants.START_ELEMENT -> {
          if (open.size() >= MAX_DEPTH) {
            throw InvalidInputException.at(sourceName, where.getLineNumber(), where.getColumnNumber(),
                "elements nested deeper than " + MAX_DEPTH + " levels");
          }
          open.push(new Builder(reader, where));
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!open.isEmpty()) {
            open.peek().text.append(reader.getText());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          Element done = open.pop().build();
          if (open.isEmpty()) {
            root = done;
          } else {
            open.peek().children.add(done);
          }
        }
        default -> {
          // Comments and processing instructions carry nothing a schedule needs.
        }
      }
    }
    if (root == null) {
      throw InvalidInputException.at(sourceName, 0, 0, "the XML document has no elements");
    }
    return root;
  }

  private static final class Builder {
    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Element> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final int line;
    private final int column;

    Builder(XMLStreamReader reader, Location where) {
      this.name = reader.getLocalName();
      for (int i = 0; i < reader.getAttributeCount(); i++) {
        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
      }
      // StAX places an element where its start tag ends; the line is right, the column would mislead.
      this.line = where.getLineNumber();
      this.column = 0;
    }

    Element build() {
      return new Element(name, attributes, children, text.toString().strip(), line, column);
    }
  }

  /** The parser's message without its own "ParseError at [row,col]" prefix, which we print as file:line:col. */
  private static String cleanMessage(XMLStreamException e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage();
    int marker = message.indexOf("Message:");
    return NodeParser.oneLine(marker >= 0 ? message.substring(marker + "Message:".length()) : message);
  }

  private static void close(XMLStreamReader reader) {
    if (reader == null) {
      return;
    }
    try {
      reader.close();
    } catch (XMLStreamException ignored) {
      // Closing a reader over a string frees nothing that matters.
    }
  }
}
