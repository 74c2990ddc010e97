package dev.planner.importing.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One BEGIN/END block of an iCalendar file (VCALENDAR, VEVENT, VTIMEZONE...), with its properties
 * and sub-components in file order and the line it begins at.
 */
final class IcalComponent {
  private final String name;
  private final int line;
  private final List<Property> properties = new ArrayList<>();
  private final List<IcalComponent> components = new ArrayList<>();
  /** Properties and components in file order, for writing the block's lines back. */
  private final List<Object> inOrder = new ArrayList<>();

  IcalComponent(String name, int line) {
    this.name = name.toUpperCase(Locale.ROOT);
    this.line = line;
  }

  String name() {
    return name;
  }

  int line() {
    return line;
  }

  List<IcalComponent> components() {
    return components;
  }

  List<IcalComponent> components(String componentName) {
    List<IcalComponent> named = new ArrayList<>();
    for (IcalComponent component : components) {
      if (component.name.equals(componentName)) {
        named.add(component);
      }
    }
    return named;
  }

  void add(Property property) {
    properties.add(property);
    inOrder.add(property);
  }

  void add(IcalComponent component) {
    components.add(component);
    inOrder.add(component);
  }

  /** The block's content lines as written (unfolded), nested blocks with their BEGIN and END, without its own. */
  List<String> writtenLines() {
    List<String> lines = new ArrayList<>();
    for (Object item : inOrder) {
      if (item instanceof Property property) {
        lines.add(property.written());
      } else if (item instanceof IcalComponent component) {
        lines.add("BEGIN:" + component.name());
        lines.addAll(component.writtenLines());
        lines.add("END:" + component.name());
      }
    }
    return lines;
  }

  /** The first property of that (upper-case) name. */
  Optional<Property> property(String propertyName) {
    for (Property property : properties) {
      if (property.name().equals(propertyName)) {
        return Optional.of(property);
      }
    }
    return Optional.empty();
  }

  List<Property> properties(String propertyName) {
    List<Property> named = new ArrayList<>(1);
    for (Property property : properties) {
      if (property.name().equals(propertyName)) {
        named.add(property);
      }
    }
    return named;
  }

  /** The first property's value as TEXT, unescaped and stripped. */
  Optional<String> text(String propertyName) {
    Optional<Property> property = property(propertyName);
    return property.isPresent() ? Optional.of(property.get().text().strip()) : Optional.empty();
  }

  /** The first property's value as written, stripped: for URIs, dates and codes, which have no escapes. */
  Optional<String> raw(String propertyName) {
    Optional<Property> property = property(propertyName);
    return property.isPresent() ? Optional.of(property.get().value().strip()) : Optional.empty();
  }

  /**
   * One content line: its upper-case name, its parameters (upper-case names, values without quotes),
   * its value as written, the line it starts at, and the whole line as written (unfolded).
   */
  record Property(String name, Map<String, List<String>> parameters, String value, int line, String written) {
    /**
     * A parameter as one text, such as the TZID of a DTSTART or the CN of an ATTENDEE: its values
     * joined by commas again, so that an unquoted {@code CN=Mulder, Fox} keeps its comma.
     */
    Optional<String> parameter(String parameterName) {
      List<String> values = parameters.get(parameterName);
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
    }

    /** A parameter's values, one per comma outside quotes. */
    List<String> parameterValues(String parameterName) {
      return parameters.getOrDefault(parameterName, List.of());
    }

    /** The value as TEXT, with RFC 5545's escapes undone. */
    String text() {
      return unescape(value, 0, value.length());
    }

    /** The value as a list of TEXT values (CATEGORIES): split at commas that are not escaped. */
    List<String> texts() {
      List<String> parts = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == ',') {
          parts.add(unescape(value, start, i));
          start = i + 1;
        }
      }
      parts.add(unescape(value, start, value.length()));
      return parts;
    }

    /** {@code \n} and {@code \N} are newlines; a backslash before {@code \ ; , : "} stands for that character. */
    static String unescape(String text, int from, int to) {
      int backslash = text.indexOf('\\', from);
      if (backslash < 0 || backslash >= to) {
        return text.substring(from, to);
      }
      // In place: an escape is never shorter than what it stands for.
      char[] chars = new char[to - from];
      text.getChars(from, to, chars, 0);
      int written = 0;
      for (int i = 0; i < chars.length; i++) {
        char c = chars[i];
        if (c != '\\' || i + 1 >= chars.length) {
          chars[written++] = c;
          continue;
        }
        char next = chars[++i];
        switch (next) {
          case 'n', 'N' -> chars[written++] = '\n';
          case '\\', ';', ',', ':', '"' -> chars[written++] = next;
          default -> {
            chars[written++] = '\\';
            chars[written++] = next;
          }
        }
      }
      return new String(chars, 0, written);
    }
  }
}
