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
    List<String> tokens = new ArrayList<>();
    if (mayHoldCapitalSigma(text)) {
      addWordsOfWholeText(text, tokens);
      return tokens;
    }
    addWordsByChunk(text, tokens);
    return tokens;
  }

  /**
   * The words of the text between its ASCII spaces and punctuation, a stretch at a time. Such a
   * character is a word's end whatever is around it: it decomposes to itself, no combining mark
   * reorders across it, and lower case, capital sigma aside, reads no neighbour. So a stretch of ASCII
   * letters and digits only needs lower case, and only the few stretches with other characters (an
   * accent, a curly quote) go through the general steps, rather than every text that holds one.
   */
  private static void addWordsByChunk(String text, List<String> tokens) {
    int start = 0;
    while (start < text.length()) {
      if (isAsciiSeparator(text.charAt(start))) {
        start++;
        continue;
      }
      int end = start;
      boolean ascii = true;
      while (end < text.length() && !isAsciiSeparator(text.charAt(end))) {
        ascii &= text.charAt(end) < 0x80;
        end++;
      }
      String chunk = text.substring(start, end);
      if (ascii) {
        tokens.add(EnglishStemmer.stem(chunk.toLowerCase(Locale.ROOT)));
      } else {
        addWordsOfWholeText(chunk, tokens);
      }
      start = end;
    }
  }

  /** The general steps: fold the text, split it on every character that is neither letter nor digit. */
  private static void addWordsOfWholeText(String text, List<String> tokens) {
    for (String word : SEPARATORS.split(fold(text))) {
      if (!word.isEmpty()) {
        tokens.add(EnglishStemmer.stem(word));
      }
    }
  }

  /**
   * Whether the text holds a capital sigma once decomposed: the one letter whose lower case depends on
   * its neighbours (final or not) in the root locale. Besides Σ itself, the lunate Ϲ and the
   * mathematical sigmas (all behind the high surrogate U+D835) decompose to it.
   */
  private static boolean mayHoldCapitalSigma(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u03A3' || c == '\u03F9' || c == '\uD835') {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiSeparator(char c) {
    return c < 0x80 && !isAsciiLetterOrDigit(c);
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
