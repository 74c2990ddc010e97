package dev.planner.overflow;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The content words of a title or abstract, as the topic terms of the choice model read them:
 * lower case, function words and numbers left out, a plural folded onto its singular
 * ("agents" and "agent" are one topic).
 */
final class TopicWords {
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "about", "after", "all", "an", "and", "any", "are", "as", "at", "be", "before", "beyond", "but", "by",
      "can", "do", "does", "for", "from", "get", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its",
      "just", "let", "like", "me", "more", "most", "my", "new", "no", "not", "of", "on", "one", "or", "our", "out",
      "over", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to",
      "too", "two", "up", "us", "use", "using", "via", "vs", "was", "we", "what", "when", "where", "which", "who",
      "why", "will", "with", "without", "you", "your");

  private TopicWords() {}

  /** The distinct folded content words of a text, in a new sorted set of the caller's own. */
  static Set<String> of(String text) {
    Set<String> words = new TreeSet<>();
    Scanner scanner = new Scanner(text);
    for (String word = scanner.next(); word != null; word = scanner.next()) {
      words.add(fold(word));
    }
    return words;
  }

  /** The content words of a text by their folded form, each with the first spelling met. */
  static Map<String, String> surfaceForms(String text) {
    Map<String, String> words = new TreeMap<>();
    Scanner scanner = new Scanner(text);
    for (String word = scanner.next(); word != null; word = scanner.next()) {
      words.putIfAbsent(fold(word), word);
    }
    return words;
  }

  /**
   * The content words of a text in lower case, one at a time. A loop over it rather than a callback:
   * the forecast reads every abstract of a day before the JIT has warmed up, where each lambda call costs.
   */
  private static final class Scanner {
    private final String lower;
    private int at;

    Scanner(String text) {
      this.lower = text.toLowerCase(Locale.ROOT);
    }

    /** The next content word, or null after the last. */
    String next() {
      int start = -1;
      for (; at <= lower.length(); at++) {
        boolean inWord = at < lower.length() && isWordChar(lower.charAt(at));
        if (inWord && start < 0) {
          start = at;
        } else if (!inWord && start >= 0) {
          String word = lower.substring(start, at);
          start = -1;
          if (isContentWord(word)) {
            at++;
            return word;
          }
        }
      }
      return null;
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '+' || c == '#';
  }

  private static boolean isContentWord(String word) {
    return word.length() >= 2 && !FUNCTION_WORDS.contains(word) && !allDigits(word);
  }

  private static boolean allDigits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A plural onto its singular: "agents" to "agent", "libraries" to "library"; other words unchanged. */
  static String fold(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    boolean plural = word.length() > 3 && word.endsWith("s")
        && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is") && !word.endsWith("es");
    return plural ? word.substring(0, word.length() - 1) : word;
  }
}
