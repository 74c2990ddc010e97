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
    char[] chars = text.toCharArray();
    int length = text.indexOf('&') >= 0 ? decodeEntities(text, chars) : chars.length;
    return new String(chars, 0, tidy(chars, length)).strip();
  }

  /**
   * The text with its character references decoded: {@code &#39;}, {@code &#x27;} and the named ones
   * listed above; an unknown name, a code that is no character, or an {@code &} without a
   * well-formed reference after it stays as written.
   */
  public static String decodeEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    return new String(chars, 0, decodeEntities(text, chars));
  }

  /**
   * Decodes the references of {@code text}, whose characters {@code chars} holds, in place there and
   * returns the decoded length. A character is never longer than the reference that names it, so
   * the decoded text never overtakes what is still to read; the text between references is moved
   * in bulk.
   */
  private static int decodeEntities(String text, char[] chars) {
    int written = 0;
    int copied = 0;
    for (int ampersand = text.indexOf('&'); ampersand >= 0; ampersand = text.indexOf('&', ampersand + 1)) {
      int end = referenceEnd(chars, ampersand);
      if (end < 0) {
        continue;
      }
      String decoded = decode(new String(chars, ampersand + 1, end - ampersand - 1),
          new String(chars, ampersand, end + 1 - ampersand));
      System.arraycopy(chars, copied, chars, written, ampersand - copied);
      written += ampersand - copied;
      decoded.getChars(0, decoded.length(), chars, written);
      written += decoded.length();
      copied = end + 1;
      ampersand = end;
    }
    System.arraycopy(chars, copied, chars, written, chars.length - copied);
    return written + chars.length - copied;
  }

  /**
   * Where the {@code ;} of the reference starting at {@code ampersand} is, or -1: {@code #} and up to
   * seven digits, {@code #x} and up to six hex digits, or a letter and one to 31 letters or digits.
   */
  private static int referenceEnd(char[] chars, int ampersand) {
    int at = ampersand + 1;
    if (at >= chars.length) {
      return -1;
    }
    if (chars[at] == '#') {
      int decimalEnd = digitsEnd(chars, at + 1, LONGEST_DECIMAL + 1, false);
      if (decimalEnd > at + 1 && decimalEnd - (at + 1) <= LONGEST_DECIMAL && isSemicolon(chars, decimalEnd)) {
        return decimalEnd;
      }
      if (at + 1 < chars.length && (chars[at + 1] == 'x' || chars[at + 1] == 'X')) {
        int hexEnd = digitsEnd(chars, at + 2, LONGEST_HEX + 1, true);
        if (hexEnd > at + 2 && hexEnd - (at + 2) <= LONGEST_HEX && isSemicolon(chars, hexEnd)) {
          return hexEnd;
        }
      }
      return -1;
    }
    if (!isLetter(chars[at])) {
      return -1;
    }
    int nameEnd = at + 1;
    int stop = Math.min(chars.length, at + 1 + LONGEST_NAME_TAIL + 1);
    while (nameEnd < stop && (isLetter(chars[nameEnd]) || isDigit(chars[nameEnd]))) {
      nameEnd++;
    }
    int tail = nameEnd - (at + 1);
    return tail >= 1 && tail <= LONGEST_NAME_TAIL && isSemicolon(chars, nameEnd) ? nameEnd : -1;
  }

  /** The end of the run of (hex) digits from {@code from}, looking at no more than {@code most}. */
  private static int digitsEnd(char[] chars, int from, int most, boolean hex) {
    int at = from;
    int stop = Math.min(chars.length, from + most);
    while (at < stop && (isDigit(chars[at]) || (hex && isHexLetter(chars[at])))) {
      at++;
    }
    return at;
  }

  private static boolean isSemicolon(char[] chars, int at) {
    return at < chars.length && chars[at] == ';';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHexLetter(char c) {
    return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The character a reference's name or number stands for, or the reference as written when none. */
  static String decode(String name, String whole) {
    if (name.startsWith("#")) {
      boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
      int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(codePoint) && codePoint != 0 ? new String(Character.toChars(codePoint)) : whole;
    }
    return NAMED.getOrDefault(name, whole);
  }

  /**
   * Spaces collapsed within lines, at most one empty line in a row (the caller strips both ends): a
   * run of spaces, tabs, no-break spaces, CRs and line breaks becomes one line break, or two when it
   * holds two or more, or else one space. Works in place on the first {@code length} characters and
   * returns the tidy length: a lone space stays, any other run is rewritten, and the text between
   * rewritten runs is moved in bulk.
   */
  private static int tidy(char[] chars, int length) {
    int written = 0;
    int copied = 0;
    int at = 0;
    while (at < length) {
      char c = chars[at];
      boolean kept = (c > ' ' && c != '\u00a0') || !isSpace(c);
      if (kept || (c == ' ' && (at + 1 == length || !isSpace(chars[at + 1])))) {
        at++;
        continue;
      }
      int end = at;
      int breaks = 0;
      while (end < length && isSpace(chars[end])) {
        breaks += chars[end] == '\n' ? 1 : 0;
        end++;
      }
      System.arraycopy(chars, copied, chars, written, at - copied);
      written += at - copied;
      if (breaks == 0) {
        chars[written++] = ' ';
      } else {
        chars[written++] = '\n';
        if (breaks > 1) {
          chars[written++] = '\n';
        }
      }
      copied = end;
      at = end;
    }
    System.arraycopy(chars, copied, chars, written, length - copied);
    return written + length - copied;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00a0';
  }
}
