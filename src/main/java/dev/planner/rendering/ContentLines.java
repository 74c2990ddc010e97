package dev.planner.rendering;

import java.nio.charset.StandardCharsets;

/**
 * The content lines of an iCalendar object as RFC 5545 writes them: TEXT values escaped, each line
 * folded at 75 octets without splitting a UTF-8 character, and every line ended by CRLF.
 */
final class ContentLines {
  static final String CRLF = "\r\n";
  /** Octets a physical line may hold, the CRLF not counted (RFC 5545, 3.1). */
  static final int FOLD_OCTETS = 75;

  private ContentLines() {}

  /**
   * A TEXT value with backslash, semicolon, comma and newlines escaped (RFC 5545, 3.3.11), and the
   * control characters that TEXT may not hold (all but tab and line breaks, C1 included) left out.
   */
  static String text(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 8);
    String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case ';' -> escaped.append("\\;");
        case ',' -> escaped.append("\\,");
        case '\n' -> escaped.append("\\n");
        default -> {
          if (c == '\t' || !Character.isISOControl(c)) {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  /** One logical line folded into physical lines, each ended by CRLF. */
  static String fold(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + width > FOLD_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += width;
      i += Character.charCount(codePoint);
    }
    return out.append(CRLF).toString();
  }
}
