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
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The stemmed words of a text, in order; punctuation separates words and is dropped. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    for (String word : SEPARATORS.split(fold(text))) {
      if (!word.isEmpty()) {
        tokens.add(EnglishStemmer.stem(word));
      }
    }
    return tokens;
  }
}
