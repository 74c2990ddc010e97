package dev.planner.importing;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML fragments feeds put in descriptions ({@code <p>}, {@code &nbsp;}, {@code &amp;})
 * into plain text: tags dropped, paragraphs and line breaks kept as new lines, entities decoded.
 */
public final class HtmlText {
  private static final Pattern BREAKING_TAG = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h[1-6])\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
      Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
      Map.entry("hellip", "…"), Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("copy", "©"),
      Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("euro", "€"), Map.entry("eacute", "é"),
      Map.entry("egrave", "è"), Map.entry("agrave", "à"), Map.entry("uuml", "ü"), Map.entry("ouml", "ö"),
      Map.entry("auml", "ä"), Map.entry("szlig", "ß"), Map.entry("ccedil", "ç"));

  private HtmlText() {}

  /** Plain text of an HTML fragment; text without markup comes back with only its spaces tidied. */
  public static String toPlain(String html) {
    if (html.isEmpty()) {
      return html;
    }
    String text = html;
    if (text.indexOf('<') >= 0) {
      text = BREAKING_TAG.matcher(text).replaceAll("\n");
      text = TAG.matcher(text).replaceAll("");
    }
    if (text.indexOf('&') >= 0) {
      text = decodeEntities(text);
    }
    return tidy(text);
  }

  public static String decodeEntities(String text) {
    Matcher matcher = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(decode(matcher.group(1), matcher.group())));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String decode(String name, String whole) {
    if (name.startsWith("#")) {
      boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
      int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(codePoint) && codePoint != 0 ? new String(Character.toChars(codePoint)) : whole;
    }
    return NAMED.getOrDefault(name, whole);
  }

  /** Spaces collapsed within lines, at most one empty line in a row, no space at either end. */
  private static String tidy(String text) {
    String spaced = text.replace('\u00a0', ' ').replace("\r\n", "\n").replaceAll("[ \\t\\x0B\\f\\r]+", " ");
    return spaced.replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }
}
