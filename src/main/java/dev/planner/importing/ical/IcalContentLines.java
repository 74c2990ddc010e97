package dev.planner.importing.ical;

import dev.planner.importing.Diagnostics;
import dev.planner.importing.InvalidInputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the content lines of an iCalendar file (RFC 5545, 3.1) into its components: unfolds
 * physical lines on bytes, so that a fold inside a UTF-8 character joins it back, then splits each
 * line into name, parameters and value and nests BEGIN/END blocks. Malformed lines are errors at
 * their line in the diagnostics, never exceptions of their own.
 */
final class IcalContentLines {
  /** VCALENDAR, VEVENT, VALARM is three; a real file never goes past four. */
  static final int MAX_DEPTH = 8;
  private static final String NOT_VALID = "not valid iCalendar: ";

  private final Diagnostics diagnostics;
  private final List<IcalComponent> roots = new ArrayList<>();
  private final Deque<IcalComponent> open = new ArrayDeque<>();

  private IcalContentLines(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The file's top-level components, normally one VCALENDAR; a file that is not UTF-8 is refused at once. */
  static List<IcalComponent> parse(byte[] bytes, Diagnostics diagnostics) {
    Unfolded unfolded = Unfolded.of(bytes);
    String[] lines = unfolded.decodeLines(diagnostics.source());
    IcalContentLines parser = new IcalContentLines(diagnostics);
    for (int index = 0; index < unfolded.count(); index++) {
      parser.line(lines[index], unfolded.lines()[index]);
    }
    parser.finish(unfolded.endLine());
    return parser.roots;
  }

  private void line(String line, int number) {
    if (line.isBlank()) {
      return;
    }
    IcalComponent.Property property = property(line, number);
    if (property == null) {
      return;
    }
    switch (property.name()) {
      case "BEGIN" -> begin(property.value().strip(), number);
      case "END" -> end(property.value().strip().toUpperCase(Locale.ROOT), number);
      default -> {
        if (open.isEmpty()) {
          diagnostics.error(number, 0, NOT_VALID + property.name() + " outside BEGIN:VCALENDAR and END:VCALENDAR");
        } else {
          open.peek().add(property);
        }
      }
    }
  }

  private void begin(String name, int number) {
    if (open.size() >= MAX_DEPTH) {
      diagnostics.error(number, 0, NOT_VALID + "components nested deeper than " + MAX_DEPTH + " levels");
      throw diagnostics.failure();
    }
    IcalComponent component = new IcalComponent(name, number);
    if (open.isEmpty()) {
      roots.add(component);
    } else {
      open.peek().add(component);
    }
    open.push(component);
  }

  /** Closes the innermost block; an END naming an outer block closes everything inside it too. */
  private void end(String name, int number) {
    if (!isOpen(name)) {
      diagnostics.error(number, 0, NOT_VALID + "END:" + name + " without a matching BEGIN:" + name);
      return;
    }
    if (!open.peek().name().equals(name)) {
      IcalComponent inner = open.peek();
      diagnostics.error(number, 0, NOT_VALID + "END:" + name + " where END:" + inner.name()
          + " (begun at line " + inner.line() + ") was expected");
    }
    while (!open.pop().name().equals(name)) {
      // Pops the unclosed blocks inside the one this END names.
    }
  }

  private boolean isOpen(String name) {
    for (IcalComponent component : open) {
      if (component.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private void finish(int endLine) {
    if (!open.isEmpty()) {
      IcalComponent inner = open.peek();
      diagnostics.error(endLine, 0, NOT_VALID + "Unexpected end of file: BEGIN:" + inner.name() + " at line "
          + inner.line() + " has no END:" + inner.name());
    }
  }

  /** The file's logical lines, unfolded, without blank ones; a file that is not UTF-8 is refused. */
  static List<String> logicalLines(byte[] bytes, String source) {
    Unfolded unfolded = Unfolded.of(bytes);
    return unfolded.decode(source).lines().filter(line -> !line.isBlank()).toList();
  }

  /** Name, parameters and value of one unfolded line, or null (after an error) when it has no value. */
  private IcalComponent.Property property(String line, int number) {
    int length = line.length();
    int position = 0;
    while (position < length && line.charAt(position) != ';' && line.charAt(position) != ':') {
      position++;
    }
    String name = line.substring(0, position).strip().toUpperCase(Locale.ROOT);
    if (position == length) {
      diagnostics.error(number, 0, NOT_VALID + "the line has no ':' between a property name and its value");
      return null;
    }
    if (name.isEmpty()) {
      diagnostics.error(number, 0, NOT_VALID + "the line has no property name before its ':'");
      return null;
    }
    Map<String, List<String>> parameters = Map.of();
    while (position < length && line.charAt(position) == ';') {
      if (parameters.isEmpty()) {
        parameters = new HashMap<>(4);
      }
      position = parameter(line, position + 1, parameters);
      if (position < 0) {
        diagnostics.error(number, 0, NOT_VALID + "a quoted parameter of " + name + " has no closing '\"'");
        return null;
      }
    }
    if (position >= length || line.charAt(position) != ':') {
      diagnostics.error(number, 0, NOT_VALID + "the parameters of " + name + " are not followed by ':' and a value");
      return null;
    }
    return new IcalComponent.Property(name, parameters, line.substring(position + 1), number, line);
  }

  /**
   * Reads {@code NAME=value,"quoted; value"} from {@code position} into the map and returns where
   * it ends, or -1 for a quote that never closes. A parameter without {@code =} has no values.
   */
  private static int parameter(String line, int position, Map<String, List<String>> parameters) {
    int length = line.length();
    int equals = position;
    while (equals < length && "=;:".indexOf(line.charAt(equals)) < 0) {
      equals++;
    }
    List<String> values = new ArrayList<>(1);
    parameters.putIfAbsent(line.substring(position, equals).strip().toUpperCase(Locale.ROOT), values);
    if (equals >= length || line.charAt(equals) != '=') {
      return equals;
    }
    int at = equals + 1;
    while (true) {
      if (at < length && line.charAt(at) == '"') {
        int close = line.indexOf('"', at + 1);
        if (close < 0) {
          return -1;
        }
        values.add(line.substring(at + 1, close));
        at = close + 1;
      } else {
        int stop = at;
        while (stop < length && ",;:".indexOf(line.charAt(stop)) < 0) {
          stop++;
        }
        values.add(line.substring(at, stop));
        at = stop;
      }
      if (at < length && line.charAt(at) == ',') {
        at++;
      } else {
        return at;
      }
    }
  }

  /**
   * The file's logical lines as UTF-8 bytes joined by {@code \n}, with the physical line each begins
   * at, where each begins in the bytes, and the line a reader would be on at the end of the file.
   */
  private record Unfolded(byte[] bytes, int length, int[] lines, int[] starts, int count, int endLine) {
    static Unfolded of(byte[] bytes) {
      int offset = hasUtf8Bom(bytes) ? 3 : 0;
      byte[] out = new byte[bytes.length - offset];
      int length = 0;
      int[] lines = new int[256];
      int[] starts = new int[256];
      int count = 0;
      int physical = 0;
      int at = offset;
      while (at < bytes.length) {
        physical++;
        int end = at;
        while (end < bytes.length && bytes[end] != '\n') {
          end++;
        }
        int contentEnd = end > at && bytes[end - 1] == '\r' ? end - 1 : end;
        boolean continues = count > 0 && contentEnd > at && (bytes[at] == ' ' || bytes[at] == '\t');
        if (continues) {
          at++;
        } else {
          if (count > 0) {
            out[length++] = '\n';
          }
          if (count == lines.length) {
            lines = Arrays.copyOf(lines, count * 2);
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count] = length;
          lines[count++] = physical;
        }
        System.arraycopy(bytes, at, out, length, contentEnd - at);
        length += contentEnd - at;
        at = end + 1;
      }
      int newlines = physical > 0 && bytes[bytes.length - 1] == '\n' ? physical : physical - 1;
      return new Unfolded(out, length, lines, starts, count, newlines + 1);
    }

    /**
     * The lines as text, each decoded on its own so that a line of plain ASCII is a compact string;
     * bytes that are not UTF-8 are an error at the first line holding them. Lenient decoding marks
     * such bytes with U+FFFD, so only a file that has that character is decoded strictly as well.
     */
    String[] decodeLines(String source) {
      String[] texts = new String[count];
      boolean replacement = false;
      for (int index = 0; index < count; index++) {
        int end = index + 1 < count ? starts[index + 1] - 1 : length;
        texts[index] = new String(bytes, starts[index], end - starts[index], StandardCharsets.UTF_8);
        replacement |= texts[index].indexOf('\uFFFD') >= 0;
      }
      if (replacement) {
        decode(source);
      }
      return texts;
    }

    /** The lines as text; bytes that are not UTF-8 are an error at the first line holding them. */
    String decode(String source) {
      try {
        return strictUtf8().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
      } catch (CharacterCodingException e) {
        throw InvalidInputException.at(source, firstBadLine(), 0, "not UTF-8 text: convert the file to UTF-8");
      }
    }

    private int firstBadLine() {
      CharsetDecoder decoder = strictUtf8();
      int start = 0;
      for (int index = 0; index < count; index++) {
        int end = start;
        while (end < length && bytes[end] != '\n') {
          end++;
        }
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, start, end - start));
        } catch (CharacterCodingException e) {
          return lines[index];
        }
        start = end + 1;
      }
      return 0;
    }

    private static CharsetDecoder strictUtf8() {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
      return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
  }
}
