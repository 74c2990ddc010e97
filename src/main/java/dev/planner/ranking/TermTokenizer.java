package dev.planner.ranking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns text into the stemmed, case- and accent-folded words that profile terms are matched on;
 * profile terms and schedule text go through the same steps, so "Sécurité" meets "securite".
 */
public final class TermTokenizer {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TermTokenizer() {}

  /** Lower case without accents: "Ünïcode" becomes "unicode". */
  public static String fold(String text) {
    if (isAscii(text)) {
      // ASCII has nothing to decompose and no combining marks: most schedule text needs only lower case.
      return text.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The stemmed words of a text, in order; punctuation separates words and is dropped. */
  public static List<String> tokens(String text) {
    String folded = fold(text);
    List<String> tokens = new ArrayList<>();
    if (isAscii(folded)) {
      addAsciiWords(folded, tokens);
      return tokens;
    }
    for (String word : SEPARATORS.split(folded)) {
      if (!word.isEmpty()) {
        tokens.add(EnglishStemmer.stem(word));
      }
    }
    return tokens;
  }

  /**
   * The words of ASCII text as the separators split it: runs of letters and digits, every other
   * character between them. The whole schedule's text goes through here once per profile, and a
   * loop over the characters costs a short run far less than the regular expression.
   */
  private static void addAsciiWords(String text, List<String> tokens) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && isAsciiLetterOrDigit(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        tokens.add(EnglishStemmer.stem(text.substring(start, i)));
        start = -1;
      }
    }
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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
