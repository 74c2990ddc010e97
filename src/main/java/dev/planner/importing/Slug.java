package dev.planner.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lower-case ASCII letters and digits joined by single dashes, made from a name for an id or a file:
 * {@code "Hall 8 | Room F"} becomes {@code hall-8-room-f}. Accents go by decomposing the name first;
 * every other character separates.
 */
public final class Slug {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Slug() {}

  /**
   * The slug of a name decomposed in the given form, or {@code whenEmpty} when nothing is left. Plain
   * ASCII, which decomposition leaves as it is, is made without normalising or expressions.
   */
  public static String of(String name, Normalizer.Form form, String whenEmpty) {
    // Plain ASCII is only folded to lower case below, letter by letter.
    String text = isAscii(name)
        ? name
        : MARKS.matcher(Normalizer.normalize(name, form)).replaceAll("").toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char folded = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if ((folded >= 'a' && folded <= 'z') || (folded >= '0' && folded <= '9')) {
        if (gap && slug.length() > 0) {
          slug.append('-');
        }
        gap = false;
        slug.append(folded);
      } else {
        gap = true;
      }
    }
    return slug.isEmpty() ? whenEmpty : slug.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
