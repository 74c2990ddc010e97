package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The words of a text are the runs of letters, digits, '+' and '#' of its lower case, less function words and numbers. */
class TopicWordsProperties {
  @Property(tries = 1000)
  void topicWordsAreTheContentRunsFolded(@ForAll("texts") String text) {
    Set<String> expected = new TreeSet<>();
    Map<String, String> forms = new TreeMap<>();
    for (String run : runs(text.toLowerCase(Locale.ROOT))) {
      if (run.length() >= 2 && !run.chars().allMatch(Character::isDigit) && !isFunctionWord(run)) {
        expected.add(TopicWords.fold(run));
        forms.putIfAbsent(TopicWords.fold(run), run);
      }
    }

    assertThat(TopicWords.of(text)).containsExactlyElementsOf(expected);
    assertThat(TopicWords.surfaceForms(text)).containsExactlyEntriesOf(forms);
  }

  private static boolean isFunctionWord(String run) {
    // A function word alone is no topic word; "the" and "kubernetes" together keep only the latter.
    return TopicWords.of(run + " zz").size() == 1;
  }

  private static List<String> runs(String text) {
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '+' || c == '#') {
        run.append(c);
      } else if (run.length() > 0) {
        runs.add(run.toString());
        run.setLength(0);
      }
    }
    if (run.length() > 0) {
      runs.add(run.toString());
    }
    return runs;
  }

  /** Words, plurals, function words, numbers and separators, ending anywhere. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.of("the", "agents", "libraries", "C++", "c#", "k8s", "2024", "a", "of",
        "Kubernetes", "é", "x", "ss", "bus", "API", "3d", "");
    Arbitrary<String> separator = Arbitraries.of(" ", ", ", "\n", "-", ".", "  ", "(", "/");
    Arbitrary<String> noise = Arbitraries.strings().withChars("ab1+# ,.-").ofMaxLength(4);
    return noise.flatMap(start -> word.list().ofMaxSize(12).flatMap(words ->
        separator.list().ofSize(words.size()).map(separators -> {
          StringBuilder text = new StringBuilder(start);
          for (int i = 0; i < words.size(); i++) {
            text.append(words.get(i)).append(separators.get(i));
          }
          return text.toString();
        })));
  }
}
