package dev.planner.ranking;

/**
 * Folds English inflections onto one stem ("policies" and "policy", "scaling" and "scaled" and
 * "scale"), so that a profile word matches the forms a schedule uses; the stems need not be words.
 */
public final class EnglishStemmer {
  /** Words this short are left alone: stripping them would merge unrelated words ("gas", "bus"). */
  private static final int SHORTEST_STEMMED = 4;

  private EnglishStemmer() {}

  /** The stem of one folded, lower-case word. */
  public static String stem(String word) {
    if (word.length() < SHORTEST_STEMMED || !isLetters(word)) {
      return word;
    }
    String stem = singular(word);
    stem = withoutDerivation(stem);
    return withoutFinalE(stem);
  }

  private static String singular(String word) {
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("sses") || endsWithAny(word, "xes", "zes", "ches", "shes")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("s") && !endsWithAny(word, "ss", "us", "is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static String withoutDerivation(String word) {
    if (endsWithAny(word, "ization", "isation")) {
      return word.substring(0, word.length() - 7) + "ize";
    }
    if (word.endsWith("ation") && word.length() > 7) {
      return word.substring(0, word.length() - 5) + "ate";
    }
    if (word.endsWith("ing") && word.length() - 3 >= SHORTEST_STEMMED) {
      return undoubled(word.substring(0, word.length() - 3));
    }
    if (word.endsWith("ed") && !word.endsWith("eed") && word.length() - 2 >= SHORTEST_STEMMED - 1) {
      return undoubled(word.substring(0, word.length() - 2));
    }
    return word;
  }

  /** "running" loses "ing" and then one of its doubled consonants, to meet "run". */
  private static String undoubled(String stem) {
    int last = stem.length() - 1;
    char end = stem.charAt(last);
    if (last > 2 && end == stem.charAt(last - 1) && "bdfgmnprt".indexOf(end) >= 0) {
      return stem.substring(0, last);
    }
    return stem;
  }

  /** "scale", "scaled" and "scaling" all end as "scal". */
  private static String withoutFinalE(String word) {
    if (word.length() >= SHORTEST_STEMMED && word.endsWith("e") && !word.endsWith("ee")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static boolean endsWithAny(String word, String... suffixes) {
    for (String suffix : suffixes) {
      if (word.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
