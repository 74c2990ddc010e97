package dev.planner.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine;

/**
 * The options or subcommands closest to a mistyped one, by edit distance with swapped neighbours
 * counting as one edit ({@code --dya} is one edit from {@code --day}, {@code paln} from {@code plan}).
 */
final class Suggestions {
  private Suggestions() {}

  /** The names nearest to {@code typed} among the command's options (for an option) or subcommands. */
  static List<String> closest(CommandLine command, String typed) {
    String word = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
    Collection<String> names = word.startsWith("-")
        ? command.getCommandSpec().optionsMap().keySet()
        : command.getSubcommands().keySet();
    int allowed = Math.max(1, word.replaceFirst("^-+", "").length() / 3);
    List<String> near = new ArrayList<>();
    for (String name : names) {
      if (distance(word, name) <= allowed) {
        near.add(name);
      }
    }
    near.sort(Comparator.comparingInt((String name) -> distance(word, name)).thenComparing(Comparator.naturalOrder()));
    return near;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
