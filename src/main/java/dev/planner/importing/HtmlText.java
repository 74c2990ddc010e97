package dev.planner.importing;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the HTML fragments feeds put in descriptions ({@code <p>}, {@code &nbsp;}, {@code &amp;})
 * into plain text: tags dropped, paragraphs and line breaks kept as new lines, entities decoded.
 *
 * <p>Entities and spaces are handled by hand, in one pass each: a feed's descriptions are most of
 * what a short-lived import reads, and regular expressions cost more than the reading there.
 */
public final class HtmlText {
  private static final int LONGEST_DECIMAL = 7;
  private static final int LONGEST_HEX = 6;
  private static final int LONGEST_NAME_TAIL = 31;
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
      Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
      Map.entry("hellip", "…"), Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("copy", "©"),
      Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("euro", "€"), Map.entry("eacute", "é"),
      Map.entry("egrave", "è"), Map.entry("agrave", "à"), Map.entry("uuml", "ü"), Map.entry("ouml", "ö"),
      Map.entry("auml", "ä"), Map.entry("szlig", "ß"), Map.entry("ccedil", "ç"));

  private HtmlText() {}

  /** Tags, compiled only for text that has some: feeds of plain text with entities are the common case. */
  private static final class Tags {
    static final Pattern BREAKING = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h[1-6])\\b[^>]*>");
    static final Pattern ANY = Pattern.compile("<[^>]*>");
  }

  /** Plain text of an HTML fragment; text without markup comes back with only its spaces tidied. */
  public static String toPlain(String html) {
    if (html.isEmpty()) {
      return html;
    }
    String text = html;
    if (text.indexOf('<') >= 0) {
      text = Tags.BREAKING.matcher(text).replaceAll("\n");
      text = Tags.ANY.matcher(text).replaceAll("");
    }
    if (text.indexOf('&') >= 0) {
      text = decodeEntities(text);
    }
    return tidy(text);
  }

  /**
   * The text with its character references decoded: {@code &#39;}, {@code &#x27;} and the named ones
   * listed above; an unknown name, a code that is no character, or an {@code &} without a
   * well-formed reference after it stays as written.
   */
  public static String decodeEntities(String text) {
    int ampersand = text.indexOf('&');
    if (ampersand < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    while (ampersand >= 0) {
      int end = referenceEnd(text, ampersand);
      if (end < 0) {
        ampersand = text.indexOf('&', ampersand + 1);
        continue;
      }
      out.append(text, copied, ampersand)
          .append(decode(text.substring(ampersand + 1, end), text.substring(ampersand, end + 1)));
      copied = end + 1;
      ampersand = text.indexOf('&', copied);
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * Where the {@code ;} of the reference starting at {@code ampersand} is, or -1: {@code #} and up to
   * seven digits, {@code #x} and up to six hex digits, or a letter and one to 31 letters or digits.
   */
  private static int referenceEnd(String text, int ampersand) {
    int at = ampersand + 1;
    if (at >= text.length()) {
      return -1;
    }
    if (text.charAt(at) == '#') {
      int decimalEnd = run(text, at + 1, LONGEST_DECIMAL + 1, HtmlText::isDigit);
      if (decimalEnd > at + 1 && decimalEnd - (at + 1) <= LONGEST_DECIMAL && isSemicolon(text, decimalEnd)) {
        return decimalEnd;
      }
      if (at + 1 < text.length() && (text.charAt(at + 1) == 'x' || text.charAt(at + 1) == 'X')) {
        int hexEnd = run(text, at + 2, LONGEST_HEX + 1, HtmlText::isHexDigit);
        if (hexEnd > at + 2 && hexEnd - (at + 2) <= LONGEST_HEX && isSemicolon(text, hexEnd)) {
          return hexEnd;
        }
      }
      return -1;
    }
    if (!isLetter(text.charAt(at))) {
      return -1;
    }
    int nameEnd = run(text, at + 1, LONGEST_NAME_TAIL + 1, c -> isLetter(c) || isDigit(c));
    int tail = nameEnd - (at + 1);
    return tail >= 1 && tail <= LONGEST_NAME_TAIL && isSemicolon(text, nameEnd) ? nameEnd : -1;
  }

  private interface CharTest {
    boolean test(char c);
  }

  /** The end of the run of such characters from {@code from}, looking at no more than {@code most}. */
  private static int run(String text, int from, int most, CharTest test) {
    int at = from;
    int stop = Math.min(text.length(), from + most);
    while (at < stop && test.test(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean isSemicolon(String text, int at) {
    return at < text.length() && text.charAt(at) == ';';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static String decode(String name, String whole) {
    if (name.startsWith("#")) {
      boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
      int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(codePoint) && codePoint != 0 ? new String(Character.toChars(codePoint)) : whole;
    }
    return NAMED.getOrDefault(name, whole);
  }

  /**
   * Spaces collapsed within lines, at most one empty line in a row, no space at either end. A
   * no-break space counts as a space, CR LF as a line break and a lone CR as a space; spaces next
   * to a line break go.
   */
  private static String tidy(String text) {
    int length = text.length();
    StringBuilder out = new StringBuilder(length);
    boolean space = false;
    int breaks = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        space = false;
        breaks++;
      } else if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
        continue;
      } else if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00a0') {
        space = true;
      } else {
        if (breaks > 0) {
          out.append(breaks == 1 ? "\n" : "\n\n");
        } else if (space) {
          out.append(' ');
        }
        breaks = 0;
        space = false;
        out.append(c);
      }
    }
    return out.toString().strip();
  }
}
